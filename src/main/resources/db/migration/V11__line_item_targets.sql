-- Scores whose line item is not known yet. A launch that names only the course's line items
-- container queues its score against a target (container, resource link, card) instead of a
-- line item URL; the outbox worker finds or creates the line item before sending and writes its
-- URL on every row of the target. target_key is a hash of registration, container, resource link
-- and card, so rows of one target are found (and resolved once) by one indexed column.
alter table score_outbox alter column line_item_url drop not null;
alter table score_outbox add column target_key varchar(64);
alter table score_outbox add column line_items_url varchar(2000);
alter table score_outbox add column resource_link_id varchar(255);
alter table score_outbox add column card_id varchar(16);
alter table score_outbox add column line_item_tag varchar(64);
alter table score_outbox add column line_item_label varchar(500);
alter table score_outbox add column line_item_maximum double precision;
alter table score_outbox add constraint score_outbox_destination
    check (line_item_url is not null or target_key is not null);
create index score_outbox_target on score_outbox (target_key, status);
