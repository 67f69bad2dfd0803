-- Launch sessions: what a validated launch lets a person do for a few hours. The token itself
-- lives only in the person's page; id is its SHA-256 hash.
create table launch_session (
    id               varchar(64)              not null primary key,
    registration_id  varchar(36)              not null,
    deployment_id    varchar(255)             not null,
    user_id          varchar(255)             not null,
    user_name        varchar(500),
    user_email       varchar(500),
    context_id       varchar(255),
    context_title    varchar(1000),
    resource_link_id varchar(255),
    message_type     varchar(64)              not null,
    roles            varchar(20000)           not null,
    coach            boolean                  not null,
    test_user        boolean                  not null,
    custom_json      varchar(200000)          not null,
    services_json    varchar(200000)          not null,
    return_url       varchar(4000),
    locale           varchar(35),
    created_at       timestamp with time zone not null,
    expires_at       timestamp with time zone not null
);
create index launch_session_expires_at on launch_session (expires_at);
