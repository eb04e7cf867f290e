-- What the bundled catalog has brought into this database, one key per thing: 'market:DEVELOPED',
-- 'workload:AZURE', 'association:FAST_TRACK_PARTNER', 'credential:70-480', 'authorization:SURFACE_HUB_ADR',
-- 'competency:devops', 'option:devops/devops-partner', 'tier:devops/devops-partner/gold'. At start a
-- server adds what its bundled catalog holds and the database neither holds nor has imported before; a
-- key recorded here and gone from the catalog was removed by a maintainer, and stays removed.
CREATE TABLE bundled_import (
  key      text PRIMARY KEY,
  revision integer NOT NULL  -- the catalog revision that imported it (or found it already there)
);

-- A database made before this table was made from the bundled catalog of that time: the Cloud
-- Productivity competency and its reference data. Those keys count as imported, so that a tier a
-- maintainer removed from it is not imported again.
INSERT INTO bundled_import (key, revision)
SELECT old.key, state.revision
FROM catalog_state AS state,
     (VALUES ('market:DEVELOPED'), ('market:DEVELOPING'),
             ('workload:EXCHANGE_ONLINE'), ('workload:SHAREPOINT_ONLINE'), ('workload:SKYPE_FOR_BUSINESS'),
             ('workload:YAMMER'), ('workload:PROPLUS'),
             ('association:DELEGATED_ADMIN'), ('association:TRANSACTING_PARTNER'),
             ('association:DIGITAL_PARTNER_OF_RECORD'), ('association:FAST_TRACK_PARTNER'),
             ('credential:70-346'), ('credential:70-347'), ('credential:MCSA-OFFICE-365'),
             ('competency:cloud-productivity'),
             ('option:cloud-productivity/managed-service-partner'),
             ('tier:cloud-productivity/managed-service-partner/silver'),
             ('tier:cloud-productivity/managed-service-partner/gold')) AS old (key);
