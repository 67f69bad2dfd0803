-- The tool's RSA key pairs. The newest row without retired_at signs; all rows without
-- retired_at are published in the JWKS.
create table tool_key (
    kid          varchar(64)              not null primary key,
    key_pair_jwk varchar(8000)            not null,
    created_at   timestamp with time zone not null,
    retired_at   timestamp with time zone
);
