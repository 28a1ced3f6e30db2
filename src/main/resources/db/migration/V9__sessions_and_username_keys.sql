-- Login sessions kept on the server, so that logging out, a password change, disabling an account or "log out
-- everywhere" ends them at once on every instance. The cookie holds a random token; only its SHA-256 is stored.
create sequence account_session_seq start with 1 increment by 50;
create table account_session (
    id            bigint      not null primary key,
    account_id    bigint      not null references account (id) on delete cascade,
    token_hash    varchar(64) not null,
    created_at    timestamp   not null,
    last_seen_at  timestamp   not null,
    expires_at    timestamp   not null,
    constraint uk_account_session_token unique (token_hash)
);
create index ix_account_session_account on account_session (account_id);

-- Usernames are unique regardless of case: "Admin" beside "admin" would be two accounts nobody can tell apart.
-- Accounts that already differ only by case keep working under a key made unique with their id.
alter table account add column username_key varchar(96);
update account set username_key = lower(username) || case when exists (select 1 from account b
    where lower(b.username) = lower(account.username) and b.id < account.id) then '#' || id else '' end;
alter table account alter column username_key set not null;
alter table account add constraint uk_account_username_key unique (username_key);
