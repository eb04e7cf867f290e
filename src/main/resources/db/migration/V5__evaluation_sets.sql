-- The evaluations one partner-wide call (evaluatePartner) made, kept together: the set's retry key
-- and input digest, and its evaluations' ids in the order the call answered them. The evaluations are
-- rows of evaluation like any other (readable by id, by their owner), with no retry key of their own.
-- IF NOT EXISTS: applying it again to a database that has the table changes nothing.
CREATE TABLE IF NOT EXISTS evaluation_set (
  id                 uuid PRIMARY KEY,
  owner              text NOT NULL,
  client_mutation_id text,
  input_digest       text NOT NULL,
  created_at         timestamptz NOT NULL,
  evaluation_ids     uuid[] NOT NULL,
  UNIQUE (owner, client_mutation_id)
);
