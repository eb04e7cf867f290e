-- Requirements of the whole 2017 program. Tier requirements stay a jsonb list in the shape of the
-- bundled YAML files, so their new fields (per-metric workloads, required authorizations, skill roles,
-- choice descriptions) need no column. A database made by V1 keeps its rows: every credential is a
-- Microsoft one with no retirement date, and there are no authorizations until a maintainer adds them.

ALTER TABLE credential
  ADD COLUMN issuer      text  NOT NULL DEFAULT 'Microsoft',
  ADD COLUMN retires_on  date,
  ADD COLUMN replaced_by jsonb NOT NULL DEFAULT '[]';

-- Partner-level authorizations (AUTHORIZATION is an SQL keyword, hence the prefix).
CREATE TABLE partner_authorization (
  code     text PRIMARY KEY,
  position integer NOT NULL,
  name     jsonb NOT NULL
);
