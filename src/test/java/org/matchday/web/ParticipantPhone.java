package org.matchday.web;

import com.microsoft.playwright.Page;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a page must do to work on a phone: fit the screen's width and offer targets a thumb can hit. */
final class ParticipantPhone {

    /** Smallest height of a control, in CSS pixels (WCAG 2.5.5's target size). */
    static final int TAP = 44;

    private ParticipantPhone() {
    }

    /** Nothing scrolls sideways: the document is no wider than the window. */
    static void assertFitsTheScreen(Page page) {
        Object widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
        List<?> pair = (List<?>) widths;
        int scroll = ((Number) pair.get(0)).intValue();
        int window = ((Number) pair.get(1)).intValue();
        assertTrue(scroll <= window, page.url() + " is " + scroll + " px wide in a window of " + window);
    }

    /** Every visible button, field, summary and navigation link is at least {@link #TAP} pixels high. */
    static void assertTapTargets(Page page) {
        Object small = page.evaluate("minimum => Array.from(document.querySelectorAll("
                + "'main button, main input:not([type=checkbox]):not([type=radio]):not([type=hidden]), main select,"
                + " main textarea, main summary, main .button, main a.p-standalone, .p-links a, .p-nav a, header.top a,"
                + " header.top button'))"
                + ".filter(e => e.offsetParent !== null)"
                + ".filter(e => e.getBoundingClientRect().height < minimum)"
                + ".map(e => e.outerHTML.slice(0, 80))", TAP);
        assertTrue(((List<?>) small).isEmpty(), page.url() + ": too small to tap: " + small);
    }
}
