-- Scores waiting to reach the LMS gradebook (AGS). A row is written in the same transaction as the
-- event that caused it and is delivered by the outbox worker: pending -> sent, or failed after a
-- refusal or too many attempts. While a node sends a row, next_attempt_at is its lease: another
-- node may take the row over only when the lease ran out.
create sequence score_outbox_seq start with 1 increment by 1;

create table score_outbox (
    id                bigint                   not null primary key,
    registration_id   varchar(36)              not null,
    line_item_url     varchar(2000)            not null,
    user_id           varchar(255)             not null,
    activity_progress varchar(16)              not null,
    grading_progress  varchar(16)              not null,
    score_given       double precision,
    score_maximum     double precision,
    score_comment     varchar(20000),
    score_timestamp   timestamp with time zone not null,
    attempts          integer                  not null,
    next_attempt_at   timestamp with time zone not null,
    status            varchar(8)               not null,
    last_error        varchar(500),
    created_at        timestamp with time zone not null,
    constraint score_outbox_status check (status in ('pending', 'sent', 'failed'))
);
create index score_outbox_due on score_outbox (status, next_attempt_at);
create index score_outbox_pair on score_outbox (line_item_url, user_id, status);
