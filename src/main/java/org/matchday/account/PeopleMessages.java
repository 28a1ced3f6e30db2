package org.matchday.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.matchday.domain.Role;

/**
 * Texts of the pages for people: accounts, one's own account, an event's members and the header links to them, and the
 * participant list's group change and sheet downloads.
 * English here, Traditional Chinese in messages/people_zh_TW.properties.
 */
@MessageBundle(value = "people", locale = "en")
public interface PeopleMessages {

    @Message("Accounts")
    String nav_accounts();

    @Message("Your account")
    String nav_account();

    @Message("People")
    String nav_members();

    @Message("{#when role}{#is ORGANISER}Organiser{#is STAFF}Staff{/when}")
    String role(Role role);

    @Message("Not saved:")
    String not_saved();

    @Message("The server could not be reached; nothing was changed. Check the connection and try again.")
    String network_error();

    @Message("Username")
    String username();

    @Message("Role")
    String role_label();

    @Message("Password")
    String password();

    @Message("At least 12 characters. A few words that belong together are easy to remember and hard to guess.")
    String password_hint();

    // Accounts

    @Message("Accounts")
    String accounts_title();

    @Message("Organisers create events and manage accounts; staff read the schedule and the exports of the events"
            + " they are added to. Add an account to an event on the event's People tab.")
    String accounts_intro();

    @Message("New account")
    String accounts_new();

    @Message("Letters, digits and . _ @ - only; upper and lower case count as the same.")
    String username_hint();

    @Message("Create the account")
    String accounts_create();

    @Message("Account {name} created.")
    String accounts_created(String name);

    @Message("Created")
    String accounts_col_created();

    @Message("Status")
    String accounts_col_status();

    @Message("Actions")
    String accounts_col_actions();

    @Message("Active")
    String accounts_active();

    @Message("Disabled")
    String accounts_disabled();

    @Message("administrator")
    String accounts_administrator();

    @Message("you")
    String accounts_you();

    @Message("Disable")
    String accounts_disable();

    @Message("Disable {name}")
    String accounts_disable_label(String name);

    @Message("Enable")
    String accounts_enable();

    @Message("Enable {name}")
    String accounts_enable_label(String name);

    @Message("Account {name} disabled: its logins fail and its sessions have ended.")
    String accounts_disabled_done(String name);

    @Message("Account {name} enabled again.")
    String accounts_enabled_done(String name);

    @Message("Set a new password")
    String accounts_reset();

    @Message("New password for {name}")
    String accounts_reset_label(String name);

    @Message("Set the password")
    String accounts_reset_submit();

    @Message("The password of {name} is set and its sessions have ended; tell them the new one in person.")
    String accounts_reset_done(String name);

    // One's own account

    @Message("Your account")
    String account_title();

    @Message("Change your password")
    String account_password_title();

    @Message("Current password")
    String account_current();

    @Message("New password")
    String account_new();

    @Message("New password again")
    String account_repeat();

    @Message("The two new passwords differ.")
    String account_mismatch();

    @Message("Change the password")
    String account_change();

    @Message("Your password is changed. Your other sessions have ended; this one goes on.")
    String account_changed();

    @Message("Log out everywhere")
    String account_everywhere_title();

    @Message("Ends every session of your account on every computer and phone, this one too: for a lost phone or a"
            + " shared computer left logged in.")
    String account_everywhere_intro();

    @Message("Log out everywhere")
    String account_everywhere();

    // An event's members

    @Message("People of the event")
    String members_title();

    @Message("Organisers run the event with you; staff read its schedule and exports and record no-shows on the day."
            + " An account must exist first: organisers create them on the Accounts page.")
    String members_intro();

    @Message("Add a person")
    String members_add_title();

    @Message("Add")
    String members_add();

    @Message("{name} added.")
    String members_added(String name);

    @Message("Added on")
    String members_col_since();

    @Message("Remove")
    String members_remove();

    @Message("Remove {name} from the event")
    String members_remove_label(String name);

    @Message("{name} removed from the event.")
    String members_removed(String name);

    @Message("Nobody yet.")
    String members_empty();

    // The participant list's tools: moving many to a group, the sheets to download

    @Message("Group for the selected participants")
    String group_label();

    @Message("Choose participants with the boxes in the list, even on several pages; leave empty to take them out of"
            + " every group.")
    String group_help();

    @Message("{#if n == '1'}Move the selected participant{#else}Move the {n} selected participants{/if}")
    String group_submit(String n);

    @Message("{#if n == '1'}1 participant moved{#else}{n} participants moved{/if} to the group {group}.")
    String group_moved(String n, String group);

    @Message("{#if n == '1'}1 participant taken{#else}{n} participants taken{/if} out of their group.")
    String group_cleared(String n);

    @Message("Sheets")
    String sheets_title();

    @Message("An empty sheet with the columns the import reads:")
    String sheets_template();

    @Message("Every participant, in the sheet the import reads (edit it and import it again):")
    String sheets_export();

    // Page footer

    @Message("API documentation")
    String footer_api();
}
