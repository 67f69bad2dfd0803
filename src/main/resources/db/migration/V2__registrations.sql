-- Platform registrations, keyed by (issuer, client_id): several hosted Canvas schools share one
-- issuer. Ids are UUIDs assigned by the tool.
create table registration (
    id                       varchar(36)              not null primary key,
    issuer                   varchar(512)             not null,
    client_id                varchar(255)             not null,
    auth_url                 varchar(2048)            not null,
    token_url                varchar(2048)            not null,
    token_audience           varchar(2048),
    jwks_url                 varchar(2048)            not null,
    display_name             varchar(255)             not null,
    platform_kind            varchar(32)              not null,
    auto_approve_deployments boolean                  not null,
    created_at               timestamp with time zone not null,
    constraint registration_issuer_client_id_uk unique (issuer, client_id)
);

-- The deployment_ids seen or entered per registration: active, pending or rejected.
create table deployment (
    registration_id varchar(36)              not null,
    deployment_id   varchar(255)             not null,
    status          varchar(16)              not null,
    label           varchar(255)             not null,
    first_seen_at   timestamp with time zone not null,
    constraint deployment_pk primary key (registration_id, deployment_id),
    constraint deployment_registration_fk foreign key (registration_id)
        references registration (id) on delete cascade
);
