-- The sandbox platform (package demo): its own signing key, the links of its course, the
-- line items (grade columns) and the scores the tool sent. Nothing here is read by the tool's
-- LTI code; the sandbox reaches the tool only over HTTP.
create table demo_key (
    kid          varchar(64)              not null primary key,
    key_pair_jwk varchar(8000)            not null,
    created_at   timestamp with time zone not null
);

create table demo_link (
    id           varchar(64)              not null primary key,
    context_id   varchar(255)             not null,
    title        varchar(255)             not null,
    custom_json  varchar(2000)            not null,
    line_item_id varchar(64),
    position     integer                  not null,
    created_at   timestamp with time zone not null
);

create table demo_line_item (
    id                varchar(64)              not null primary key,
    context_id        varchar(255)             not null,
    label             varchar(255)             not null,
    score_maximum     double precision         not null,
    resource_id       varchar(255),
    resource_link_id  varchar(64),
    tag               varchar(255),
    created_at        timestamp with time zone not null
);

create table demo_score (
    id                varchar(64)              not null primary key,
    line_item_id      varchar(64)              not null,
    user_id           varchar(255)             not null,
    score_given       double precision,
    score_maximum     double precision,
    activity_progress varchar(32)              not null,
    grading_progress  varchar(32)              not null,
    comment_text      varchar(4000),
    score_timestamp   timestamp with time zone not null,
    received_at       timestamp with time zone not null
);

create index demo_score_item_user on demo_score (line_item_id, user_id);
