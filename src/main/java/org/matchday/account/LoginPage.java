package org.matchday.account;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.Cookie;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import org.matchday.security.ClientAddress;
import org.matchday.security.PasswordCheck;
import org.matchday.security.Principals.Credentials;
import org.matchday.security.SessionCookies;
import org.matchday.security.Sessions;
import org.matchday.web.PageFrame;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;

import java.net.URI;

/**
 * The login form of organisers and staff, logging in (the form posts to /j_security_check, the path Quarkus' own
 * form used) and logging out. A login opens a session kept on the server ({@link Sessions}).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginPage {

    private static final String LANDING = "/";
    private static final String LOGIN_FAILED = "/login?error=1";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(PageFrame frame, boolean failed);
    }

    private final RoutingContext context;
    private final SecurityIdentity identity;
    private final PasswordCheck passwords;
    private final Sessions sessions;

    public LoginPage(RoutingContext context, SecurityIdentity identity, PasswordCheck passwords, Sessions sessions) {
        this.context = context;
        this.identity = identity;
        this.passwords = passwords;
        this.sessions = sessions;
    }

    @GET
    @Path("login")
    @Access(AccessRule.PUBLIC)
    @Operation(summary = "The login page", hidden = true)
    public TemplateInstance login(@QueryParam("error") String error) {
        PageFrame frame = PageFrame.of(context, identity);
        return Templates.login(frame, error != null).setLocale(frame.locale());
    }

    @POST
    @Path("j_security_check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Access(AccessRule.PUBLIC)
    @Operation(summary = "Log in to the pages", hidden = true)
    @APIResponse(responseCode = "302", description = "To the events on success, else back to the form")
    @APIResponse(responseCode = "429", description = "This account failed too often from this address")
    public Response logIn(@FormParam("j_username") String username, @FormParam("j_password") String password) {
        Credentials account;
        try {
            account = passwords.verify(username, password == null ? "" : password, ClientAddress.of(context));
        } catch (AuthenticationFailedException e) {
            return Response.status(Response.Status.FOUND).location(URI.create(LOGIN_FAILED)).build();
        }
        context.response().addCookie(SessionCookies.of(sessions.open(account.id()), secure()));
        return Response.status(Response.Status.FOUND).location(URI.create(LANDING)).build();
    }

    @POST
    @Path("logout")
    @Access(AccessRule.PUBLIC)
    @Operation(summary = "Log out of the pages", hidden = true)
    @APIResponse(responseCode = "303", description = "Back to the login page")
    public Response logout() {
        Cookie session = context.request().getCookie(Sessions.COOKIE);
        if (session != null && !session.getValue().isBlank()) {
            sessions.close(session.getValue());
        }
        context.response().addCookie(SessionCookies.cleared(context));
        return Response.seeOther(URI.create("/login")).build();
    }

    private boolean secure() {
        return "https".equals(context.request().scheme());
    }
}
