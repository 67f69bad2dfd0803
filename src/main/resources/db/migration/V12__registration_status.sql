-- A dynamically registered platform waits as PENDING until an administrator approves it;
-- registrations that exist already were entered or accepted before, so they stay ACTIVE.
alter table registration add column status varchar(16) default 'ACTIVE' not null;

-- Origins besides the issuer's that may frame the tool, separated by spaces (a hosted Canvas
-- school frames from its own domain but sends the shared issuer). Null when there are none.
alter table registration add column frame_origins varchar(2048);
