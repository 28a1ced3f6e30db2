package org.matchday.export.qr;

import io.nayuki.qrcodegen.QrCode;

import java.awt.image.BufferedImage;

/**
 * QR codes of short addresses, drawn as a black-on-white image for PDFs and as SVG for pages, both with the quiet
 * zone of four modules that phone cameras need around the code.
 */
public final class QrCodes {

    /** Modules of white around the code. */
    static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    /** Medium error correction: a printed code still reads when a corner is creased or smudged. */
    static QrCode encode(String text) {
        return QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    }

    /** The code as a binary image, {@code scale} pixels per module. */
    public static BufferedImage image(String text, int scale) {
        QrCode code = encode(text);
        int modules = code.size + 2 * QUIET_ZONE;
        BufferedImage image = new BufferedImage(modules * scale, modules * scale, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                boolean dark = code.getModule(x / scale - QUIET_ZONE, y / scale - QUIET_ZONE);
                image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
            }
        }
        return image;
    }

    /**
     * The code as an SVG element, one path of dark squares on a white square, scaled by the page's CSS. It is hidden
     * from screen readers: the page says in words what it is for.
     */
    public static String svg(String text) {
        QrCode code = encode(text);
        int modules = code.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" aria-hidden=\"true\" focusable=\"false\""
                + " viewBox=\"0 0 " + modules + " " + modules + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
