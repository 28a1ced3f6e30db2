package org.matchday.account;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.DELETE;
import org.matchday.security.Caller;
import org.matchday.security.ClientAddress;
import org.matchday.security.SessionCookies;
import org.matchday.security.Sessions;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;

import java.util.List;

/** Organiser and staff accounts: organisers create and disable them; everybody changes their own password. */
@Path("/api/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AccountResource {

    private final AccountService accounts;
    private final SecurityIdentity identity;
    private final RoutingContext context;
    private final Sessions sessions;

    public AccountResource(AccountService accounts, SecurityIdentity identity, RoutingContext context,
            Sessions sessions) {
        this.context = context;
        this.sessions = sessions;
        this.accounts = accounts;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(AccessRule.ORGANISER)
    @Operation(summary = "Create an organiser or staff account")
    @RequestBody(content = @Content(examples = @ExampleObject(
            name = "staff", value = "{\"username\": \"desk-1\", \"password\": \"long enough to pass\","
            + " \"role\": \"STAFF\"}")))
    @APIResponse(responseCode = "201", description = "Created; Location names the account")
    @APIResponse(responseCode = "400", description = "Invalid body, e.g. a password under 12 characters")
    @APIResponse(responseCode = "403", description = "Only organisers create accounts")
    @APIResponse(responseCode = "409", description = "The username is taken")
    public Response create(AccountInput account, UriInfo uri) {
        AccountView created = accounts.create(account);
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build()).entity(created).build();
    }

    @GET
    @Access(AccessRule.ORGANISER)
    @Operation(summary = "List the accounts")
    @APIResponse(responseCode = "200", description = "Every account, by username")
    @APIResponse(responseCode = "403", description = "Only organisers list accounts")
    public List<AccountView> list() {
        return accounts.list();
    }

    @GET
    @Path("me")
    @Access(AccessRule.ACCOUNT)
    @Operation(summary = "The account of the caller")
    @APIResponse(responseCode = "200", description = "The caller's account")
    @APIResponse(responseCode = "403", description = "A participant's link is not an account")
    public AccountView me() {
        return accounts.get(identity.getPrincipal().getName());
    }

    @PUT
    @Path("me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(AccessRule.ACCOUNT)
    @Operation(summary = "Change one's own password", description = "The current password proves it is you.")
    @APIResponse(responseCode = "204", description = "Changed; log in with the new password from now on")
    @APIResponse(responseCode = "400", description = "Wrong current password, or a new one under 12 characters")
    @APIResponse(responseCode = "403", description = "A participant's link is not an account")
    @APIResponse(responseCode = "429", description = "Too many wrong current passwords from this address")
    public void changePassword(PasswordChange change) {
        accounts.changeOwnPassword(identity.getPrincipal().getName(), change, ClientAddress.of(context));
        keepThisSession();
    }

    @DELETE
    @Path("me/sessions")
    @Access(AccessRule.ACCOUNT)
    @Operation(summary = "Log out everywhere", description = "Ends every session of the caller's account on the"
            + " pages, on every instance, this one included. HTTP Basic is not a session and goes on working.")
    @APIResponse(responseCode = "204", description = "Every session ended")
    @APIResponse(responseCode = "403", description = "A participant's link is not an account")
    public void logOutEverywhere() {
        accounts.logOutEverywhere(identity.getPrincipal().getName());
        context.response().addCookie(SessionCookies.cleared(context));
    }

    @DELETE
    @Path("{username}/sessions")
    @Access(AccessRule.ORGANISER)
    @Operation(summary = "Log an account out everywhere", description = "Ends every session of that account on the"
            + " pages, on every instance: for a lost phone or a shared computer left logged in.")
    @APIResponse(responseCode = "204", description = "Every session of the account ended")
    @APIResponse(responseCode = "403", description = "Only organisers end others' sessions")
    @APIResponse(responseCode = "404", description = "No such account")
    public void logOutAccountEverywhere(@PathParam("username") String username) {
        accounts.logOutEverywhere(username);
    }

    @PUT
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(AccessRule.ORGANISER)
    @Operation(summary = "Set another account's password", description = "For a user who forgot theirs: every"
            + " session of that account ends. One's own password is changed with PUT /api/accounts/me/password.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "reset",
            value = "{\"password\": \"a new long passphrase\"}")))
    @APIResponse(responseCode = "204", description = "Set; the account's sessions ended")
    @APIResponse(responseCode = "400", description = "Invalid body, e.g. a password under 12 characters")
    @APIResponse(responseCode = "403", description = "Only organisers set others' passwords")
    @APIResponse(responseCode = "404", description = "No such account")
    @APIResponse(responseCode = "409", description = "One's own account: change it with the current password")
    public void resetPassword(@PathParam("username") String username, PasswordReset reset) {
        accounts.resetPassword(username, reset, identity.getPrincipal().getName());
    }

    /** A password changed from the pages ends every session, the page's own too: it gets a new one. */
    private void keepThisSession() {
        if (Boolean.TRUE.equals(identity.getAttribute(Sessions.VIA_SESSION))) {
            context.response().addCookie(SessionCookies.of(sessions.open(Caller.of(identity).accountId()),
                    "https".equals(context.request().scheme())));
        }
    }

    @POST
    @Path("{username}/disable")
    @Access(AccessRule.ORGANISER)
    @Operation(summary = "Disable an account", description = "Its logins fail from now on; its events stay.")
    @APIResponse(responseCode = "200", description = "The disabled account")
    @APIResponse(responseCode = "403", description = "Only organisers disable accounts")
    @APIResponse(responseCode = "404", description = "No such account")
    @APIResponse(responseCode = "409", description = "The administrator or one's own account")
    public AccountView disable(@PathParam("username") String username) {
        return accounts.setEnabled(username, false, identity.getPrincipal().getName());
    }

    @POST
    @Path("{username}/enable")
    @Access(AccessRule.ORGANISER)
    @Operation(summary = "Enable a disabled account again")
    @APIResponse(responseCode = "200", description = "The enabled account")
    @APIResponse(responseCode = "403", description = "Only organisers enable accounts")
    @APIResponse(responseCode = "404", description = "No such account")
    public AccountView enable(@PathParam("username") String username) {
        return accounts.setEnabled(username, true, identity.getPrincipal().getName());
    }
}
