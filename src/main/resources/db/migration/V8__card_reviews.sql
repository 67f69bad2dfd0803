-- Coach reviews of result cards, and what links a grade to its card.
-- A card remembers the line item of the participant's own launch at submission, because the
-- coach may review from another link; the score outbox names the card a grade belongs to, so the
-- coach sees per card whether the grade reached the LMS.
alter table participant_card add column line_item_url varchar(2000);
alter table score_outbox add column card_row_id varchar(36);
create index score_outbox_card on score_outbox (card_row_id);

-- Every review is kept: levels as "A=2;B=3", global checks as "1;0" in the rubric's order, and
-- the feedback per card field as a JSON object. card_version is the card version it judged.
create table card_review (
    id                  varchar(36)              not null primary key,
    card_row_id         varchar(36)              not null references participant_card (id),
    card_version        bigint                   not null,
    reviewer_id         varchar(255)             not null,
    decision            varchar(16)              not null,
    levels              varchar(200)             not null,
    checks              varchar(200)             not null,
    score_given         double precision         not null,
    score_maximum       double precision         not null,
    overall_feedback    varchar(20000)           not null,
    field_feedback_json varchar(200000)          not null,
    reviewed_at         timestamp with time zone not null,
    constraint card_review_decision check (decision in ('returned', 'approved'))
);
create index card_review_card on card_review (card_row_id);
