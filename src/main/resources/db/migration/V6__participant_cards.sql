-- A participant's work: lesson steps marked done and result cards (drafts and submissions).
-- Everything is keyed by registration + context + the platform's user sub, taken from the
-- launch session; a context-less launch uses '' as its context.
create table step_progress (
    registration_id varchar(36)              not null,
    context_id      varchar(255)             not null,
    user_id         varchar(255)             not null,
    module_id       varchar(8)               not null,
    step_id         varchar(40)              not null,
    done_at         timestamp with time zone not null,
    primary key (registration_id, context_id, user_id, module_id, step_id)
);

create table participant_card (
    id              varchar(36)              not null primary key,
    registration_id varchar(36)              not null,
    context_id      varchar(255)             not null,
    user_id         varchar(255)             not null,
    card_id         varchar(8)               not null,
    content_version varchar(40)              not null,
    status          varchar(16)              not null,
    answers_json    varchar(1000000)         not null,
    version         bigint                   not null,
    updated_at      timestamp with time zone not null,
    submitted_at    timestamp with time zone,
    constraint participant_card_owner unique (registration_id, context_id, user_id, card_id)
);

-- What happened to a card, for the score outbox (submitted) and the card's history.
create table card_event (
    id              varchar(36)              not null primary key,
    card_row_id     varchar(36)              not null references participant_card (id),
    kind            varchar(16)              not null,
    content_version varchar(40)              not null,
    occurred_at     timestamp with time zone not null
);
create index card_event_card on card_event (card_row_id);
