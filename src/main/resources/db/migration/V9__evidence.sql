-- Evidence a participant uploaded to a result card: what is known of each file, and its bytes
-- apart, so that listing a card's files never reads them. Owned like the cards: registration +
-- context + the platform's user sub. The bytes live in the database so that every node serves
-- every file and a database backup holds them. The original file name is only a label.
create table evidence_file (
    id              varchar(36)              not null primary key,
    registration_id varchar(36)              not null,
    context_id      varchar(255)             not null,
    user_id         varchar(255)             not null,
    card_row_id     varchar(36)              not null references participant_card (id),
    card_id         varchar(8)               not null,
    field_key       varchar(40)              not null,
    label           varchar(400)             not null,
    media_type      varchar(40)              not null,
    size_bytes      bigint                   not null,
    sha256          varchar(64)              not null,
    created_at      timestamp with time zone not null
);
create index evidence_file_owner on evidence_file (registration_id, context_id, user_id, card_id);

create table evidence_content (
    file_id varchar(36) not null primary key references evidence_file (id),
    bytes   bytea       not null
);
