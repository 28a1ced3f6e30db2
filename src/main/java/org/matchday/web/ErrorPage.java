package org.matchday.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import org.matchday.security.Caller;

/**
 * A refusal or failure of a page route, as a page in the reader's language: its title, the problem's sentence and a
 * way back (the participant's page for a participant, else the events), never a JSON body.
 */
public final class ErrorPage {

    /** Where a route is a page: anything outside the API and Quarkus' own endpoints. */
    public static boolean isPage(String path) {
        return path != null && !path.equals("/api") && !path.startsWith("/api/") && !path.startsWith("/q/")
                && !path.startsWith("/openapi");
    }

    /** A browser's navigation asks for HTML; any other client of a page route gets problem+json. */
    public static boolean wantsPage(RoutingContext context) {
        String accept = context.request().getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(PageFrame frame, int status, String title, String detail, String back,
                boolean participant);
    }

    private ErrorPage() {
    }

    /** The page for this answer; {@code title} and {@code detail} already in the reader's language. */
    public static String render(RoutingContext context, int status, String title, String detail) {
        SecurityIdentity identity = context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        PageFrame frame = PageFrame.of(context, identity);
        Caller caller = Caller.of(identity);
        String back = caller.isParticipant() ? "/p" : caller.isAccount() ? "/events" : "/login";
        return Templates.page(frame, status, title, detail, back, caller.isParticipant()).setLocale(frame.locale())
                .render();
    }
}
