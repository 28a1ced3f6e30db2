package org.matchday.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.matchday.domain.Role;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.web.PageFrame;

import java.util.List;

/**
 * The pages of accounts: organisers list, create, disable and enable accounts and set a forgotten password; every
 * account holder changes its own password and can log out everywhere. The pages call the accounts API.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accounts(PageFrame frame, List<AccountView> accounts, List<Role> roles);

        static native TemplateInstance account(PageFrame frame, AccountView account);
    }

    private final AccountService accounts;
    private final RoutingContext context;
    private final SecurityIdentity identity;

    public AccountsPage(AccountService accounts, RoutingContext context, SecurityIdentity identity) {
        this.accounts = accounts;
        this.context = context;
        this.identity = identity;
    }

    @GET
    @Path("accounts")
    @Access(AccessRule.ORGANISER)
    @Operation(hidden = true)
    public TemplateInstance accounts() {
        PageFrame frame = PageFrame.of(context, identity);
        return Templates.accounts(frame, accounts.list(), List.of(Role.STAFF, Role.ORGANISER))
                .setLocale(frame.locale());
    }

    @GET
    @Path("account")
    @Access(AccessRule.ACCOUNT)
    @Operation(hidden = true)
    public TemplateInstance account() {
        PageFrame frame = PageFrame.of(context, identity);
        return Templates.account(frame, accounts.get(identity.getPrincipal().getName())).setLocale(frame.locale());
    }
}
