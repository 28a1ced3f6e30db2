package org.matchday.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Remembers a language chosen with {@code ?lang=} on any page, for a year. */
@ApplicationScoped
public class LangCookie {

    void register(@Observes Filters filters) {
        filters.register(context -> {
            java.util.Locale chosen = Lang.parse(context.request().getParam(Lang.PARAMETER));
            if (chosen != null) {
                context.response().addCookie(Cookie.cookie(Lang.COOKIE, Lang.tag(chosen)).setPath("/")
                        .setMaxAge(365L * 24 * 3600).setSameSite(CookieSameSite.LAX).setHttpOnly(true));
            }
            context.next();
        }, 90);
    }
}
