package org.matchday.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import org.matchday.security.Caller;

import java.util.Locale;

/**
 * What the frame of every page needs: the language (and the other one to switch to), who is logged in, and the path
 * to come back to after switching language.
 */
public record PageFrame(Locale locale, String lang, String otherLang, String otherLangName, String user,
        boolean organiser, boolean participant, String path) {

    public static PageFrame of(RoutingContext context, SecurityIdentity identity) {
        Locale locale = Lang.of(context);
        boolean chinese = locale.equals(Lang.ZH_TW);
        Caller caller = Caller.of(identity);
        return new PageFrame(locale, Lang.tag(locale), chinese ? "en" : "zh-TW", chinese ? "English" : "繁體中文",
                caller.isAccount() ? caller.name() : null, caller.organiser(), caller.isParticipant(),
                context.normalizedPath());
    }
}
