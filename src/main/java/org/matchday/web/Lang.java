package org.matchday.web;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import org.matchday.language.Language;

import java.util.List;
import java.util.Locale;

/**
 * The language of a page: {@code ?lang=} when given (and remembered in a cookie), else the remembered one, else the
 * browser's Accept-Language; English and Traditional Chinese (zh-TW). Which tag names which language is
 * {@link Language}'s rule, the same one mails and exports follow.
 */
public final class Lang {

    public static final Locale EN = Language.ENGLISH.locale();
    public static final Locale ZH_TW = Language.TRADITIONAL_CHINESE.locale();
    public static final List<Locale> SUPPORTED = List.of(EN, ZH_TW);
    static final String COOKIE = "matchday-lang";
    static final String PARAMETER = "lang";

    private Lang() {
    }

    public static Locale of(RoutingContext context) {
        Locale asked = parse(context.request().getParam(PARAMETER));
        if (asked != null) {
            return asked;
        }
        Cookie cookie = context.request().getCookie(COOKIE);
        Locale remembered = cookie == null ? null : parse(cookie.getValue());
        if (remembered != null) {
            return remembered;
        }
        return fromAcceptLanguage(context.request().getHeader("Accept-Language"));
    }

    /** The supported locale a tag stands for: zh, zh-TW, zh-Hant... are Traditional Chinese; en-* is English. */
    public static Locale parse(String tag) {
        return Language.parse(tag).map(Language::locale).orElse(null);
    }

    static Locale fromAcceptLanguage(String header) {
        return Language.fromAcceptLanguage(header).locale();
    }

    /** The tag pages and links use: "en" or "zh-TW". */
    public static String tag(Locale locale) {
        return Language.of(locale).tag();
    }
}
