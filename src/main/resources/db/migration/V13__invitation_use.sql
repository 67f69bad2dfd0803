-- Registration invitations are signed, not stored; this remembers which ones were used, by the
-- SHA-256 of the code (the code itself is a credential and is never stored), so each invitation
-- registers one platform. Rows may go once the invitation has expired.
create table invitation_use (
    code_hash  varchar(64)              not null primary key,
    used_at    timestamp with time zone not null,
    expires_at timestamp with time zone not null
);
