-- Who may do what: organiser and staff accounts, the events they belong to, and participants' personal links.

create sequence account_seq start with 1 increment by 50;
create sequence event_member_seq start with 1 increment by 50;
create sequence participant_link_seq start with 1 increment by 50;

-- Passwords are bcrypt hashes in modular crypt format; the plain password is never stored.
create table account (
    id             bigint       not null primary key,
    username       varchar(64)  not null,
    password_hash  varchar(100) not null,
    role           varchar(16)  not null,
    -- The bootstrap organiser sees every event.
    administrator  boolean      not null,
    enabled        boolean      not null,
    created_at     timestamp    not null,
    version        bigint       not null,
    constraint uk_account_username unique (username)
);

-- The organisers and staff of an event; whoever creates or imports an event is its first organiser.
create table event_member (
    id          bigint      not null primary key,
    event_id    bigint      not null references event (id) on delete cascade,
    account_id  bigint      not null references account (id) on delete cascade,
    created_at  timestamp   not null,
    constraint uk_event_member unique (event_id, account_id)
);
create index ix_event_member_account on event_member (account_id);

-- A participant's personal link: only the SHA-256 of the token is kept.
create table participant_link (
    id              bigint      not null primary key,
    event_id        bigint      not null references event (id) on delete cascade,
    participant_id  bigint      not null references participant (id) on delete cascade,
    token_hash      varchar(64) not null,
    created_at      timestamp   not null,
    expires_at      timestamp   not null,
    revoked_at      timestamp,
    constraint uk_participant_link_token unique (token_hash)
);
create index ix_participant_link_participant on participant_link (participant_id);
