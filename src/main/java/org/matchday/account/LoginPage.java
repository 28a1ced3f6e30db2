package org.matchday.account;

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
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;

import java.net.URI;

/** The login form of organisers and staff, and logging out. The form posts to Quarkus' /j_security_check. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(PageFrame frame, boolean failed);
    }

    private final RoutingContext context;
    private final SecurityIdentity identity;

    public LoginPage(RoutingContext context, SecurityIdentity identity) {
        this.context = context;
        this.identity = identity;
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
    @Path("logout")
    @Access(AccessRule.PUBLIC)
    @Operation(summary = "Log out of the pages", hidden = true)
    @APIResponse(responseCode = "303", description = "Back to the login page")
    public Response logout() {
        return Response.seeOther(URI.create("/login"))
                .cookie(new NewCookie.Builder("quarkus-credential").path("/").maxAge(0).value("").build())
                .build();
    }
}
