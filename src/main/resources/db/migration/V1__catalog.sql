-- The catalog: reference data, competencies, options and tiers. Localized text is a jsonb object of
-- locale -> text; a tier's requirements are a jsonb list in the shape of the bundled YAML files.

CREATE TABLE catalog_state (
  singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  revision   integer NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE market (
  code     text PRIMARY KEY,
  position integer NOT NULL,
  name     jsonb NOT NULL
);

CREATE TABLE workload (
  code     text PRIMARY KEY,
  position integer NOT NULL,
  name     jsonb NOT NULL
);

CREATE TABLE association_type (
  code     text PRIMARY KEY,
  position integer NOT NULL,
  name     jsonb NOT NULL
);

CREATE TABLE credential (
  code     text PRIMARY KEY,
  position integer NOT NULL,
  kind     text NOT NULL CHECK (kind IN ('EXAM', 'CERTIFICATION', 'ASSESSMENT')),
  title    jsonb NOT NULL,
  url      text
);

CREATE TABLE competency (
  slug        text PRIMARY KEY,
  position    integer NOT NULL,
  name        jsonb NOT NULL,
  description jsonb
);

CREATE TABLE competency_option (
  competency  text NOT NULL REFERENCES competency (slug),
  slug        text NOT NULL,
  position    integer NOT NULL,
  name        jsonb NOT NULL,
  description jsonb,
  PRIMARY KEY (competency, slug)
);

CREATE TABLE tier (
  competency   text NOT NULL,
  option       text NOT NULL,
  slug         text NOT NULL,
  rank         integer NOT NULL CHECK (rank > 0),
  name         jsonb NOT NULL,
  requirements jsonb NOT NULL,
  PRIMARY KEY (competency, option, slug),
  FOREIGN KEY (competency, option) REFERENCES competency_option (competency, slug),
  CONSTRAINT tier_rank_unique UNIQUE (competency, option, rank) DEFERRABLE INITIALLY DEFERRED
);

-- The audit trail: one row per catalog revision, with who made it and what they sent.
CREATE TABLE catalog_change (
  revision   integer PRIMARY KEY,
  changed_at timestamptz NOT NULL,
  actor      text NOT NULL,
  action     text NOT NULL,
  target     text,
  detail     jsonb NOT NULL
);

-- API keys: only the SHA-256 of each secret is kept.
CREATE TABLE api_key (
  name        text PRIMARY KEY,
  role        text NOT NULL CHECK (role IN ('maintainer', 'integrator')),
  secret_hash text NOT NULL UNIQUE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  revoked_at  timestamptz
);

-- Evaluations, private to their owner (the API key's name).
CREATE TABLE evaluation (
  id                 uuid PRIMARY KEY,
  owner              text NOT NULL,
  client_mutation_id text,
  input_digest       text NOT NULL,
  catalog_revision   integer NOT NULL,
  created_at         timestamptz NOT NULL,
  body               jsonb NOT NULL,
  UNIQUE (owner, client_mutation_id)
);
