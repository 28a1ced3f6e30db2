package org.matchday.format;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The kinds of file a participant sheet may come in. */
public enum SheetFormat {
    CSV,
    XLSX;

    public static final String CSV_MEDIA_TYPE = "text/csv";
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Set<String> CSV_TYPES = Set.of(CSV_MEDIA_TYPE, "application/csv",
            "text/comma-separated-values");
    /** Types that say nothing about the content; Windows browsers give .csv files the old Excel type. */
    private static final Set<String> GENERIC_TYPES = Set.of("", "application/octet-stream", "text/plain",
            "application/vnd.ms-excel");
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    /**
     * The format of a file from its declared media type and its first bytes; empty when it is neither CSV nor XLSX.
     * A ZIP archive is read as a workbook whatever text type it was declared with, since it cannot be CSV. An
     * Excel 97-2003 or password-protected workbook (an OLE2 file) is refused.
     */
    public static Optional<SheetFormat> detect(String mediaType, byte[] content) {
        String type = mediaType == null ? "" : mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        boolean known = CSV_TYPES.contains(type) || GENERIC_TYPES.contains(type) || XLSX_MEDIA_TYPE.equals(type);
        if (!known || startsWith(content, OLE2)) {
            return Optional.empty();
        }
        if (XLSX_MEDIA_TYPE.equals(type) || startsWith(content, ZIP)) {
            return Optional.of(XLSX);
        }
        return Optional.of(CSV);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
