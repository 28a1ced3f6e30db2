package org.matchday.web;

import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.QueryStringEncoder;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import org.matchday.security.Caller;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the frame of every page needs: the language (and the other one to switch to), who is logged in, the path
 * to come back to after switching language, and the address of the same page, filters kept, in the other language.
 */
public record PageFrame(Locale locale, String lang, String otherLang, String otherLangName, String user,
        boolean organiser, boolean participant, String path, String otherLangHref) {

    public static PageFrame of(RoutingContext context, SecurityIdentity identity) {
        Locale locale = Lang.of(context);
        boolean chinese = locale.equals(Lang.ZH_TW);
        Caller caller = Caller.of(identity);
        String otherLang = chinese ? "en" : "zh-TW";
        return new PageFrame(locale, Lang.tag(locale), otherLang, chinese ? "English" : "繁體中文",
                caller.isAccount() ? caller.name() : null, caller.organiser(), caller.isParticipant(),
                context.normalizedPath(), switched(context, otherLang));
    }

    /** The page's address with every query parameter but the language kept, and the other language asked for. */
    static String switched(RoutingContext context, String otherLang) {
        QueryStringEncoder link = new QueryStringEncoder(context.normalizedPath());
        String query = context.request().query();
        if (query != null) {
            for (Map.Entry<String, List<String>> parameter : new QueryStringDecoder(query, false).parameters()
                    .entrySet()) {
                if (!parameter.getKey().equals(Lang.PARAMETER)) {
                    parameter.getValue().forEach(value -> link.addParam(parameter.getKey(), value));
                }
            }
        }
        link.addParam(Lang.PARAMETER, otherLang);
        return link.toString();
    }
}
