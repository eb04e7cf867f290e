-- The tiers an evaluation ran against (as the catalog had them, with the codes they use), stored once
-- and shared by every evaluation made against the same tiers: they are most of a stored evaluation,
-- and they change only when the catalog does. An evaluation without tiers_digest carries them in its body.
CREATE TABLE evaluated_tiers (
  digest text PRIMARY KEY,  -- SHA-256 of body as sent
  body   jsonb NOT NULL
);

ALTER TABLE evaluation ADD COLUMN tiers_digest text REFERENCES evaluated_tiers (digest);
