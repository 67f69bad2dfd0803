-- OIDC login state between login initiation and launch: single use, minutes long.
create table login_state (
    state            varchar(64)              not null primary key,
    nonce            varchar(64)              not null,
    registration_id  varchar(36)              not null,
    target_link_uri  varchar(2000)            not null,
    redirect_uri     varchar(2000)            not null,
    storage_target   varchar(200),
    login_hint       varchar(2000)            not null,
    message_hint     varchar(4000),
    deployment_hint  varchar(255),
    created_at       timestamp with time zone not null,
    expires_at       timestamp with time zone not null,
    used_at          timestamp with time zone
);
create index login_state_expires_at on login_state (expires_at);
