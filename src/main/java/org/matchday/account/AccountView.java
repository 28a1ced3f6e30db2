package org.matchday.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.domain.Account;
import org.matchday.domain.Role;

import java.time.Instant;

/** An account as organisers see it; never with its password or hash. */
@Schema(name = "AccountView")
public record AccountView(
        @Schema(example = "mei-ling") String username,
        Role role,
        @Schema(description = "The bootstrap organiser, who sees every event.") boolean administrator,
        boolean enabled,
        Instant createdAt) {

    public static AccountView of(Account account) {
        return new AccountView(account.username, account.role, account.administrator, account.enabled,
                account.createdAt);
    }
}
