package io.competency.store;

import static io.competency.support.ProgramFixture.ADD_AUTHORIZATION;
import static io.competency.support.ProgramFixture.ADD_TIER;
import static io.competency.support.ProgramFixture.accepted;
import static io.competency.support.ProgramFixture.addCompetencyAndOption;
import static io.competency.support.ProgramFixture.addReferenceData;
import static io.competency.support.ProgramFixture.mutate;
import static io.competency.support.ProgramFixture.tierInput;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.competency.catalog.CatalogSnapshot;
import io.competency.catalog.Credential;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.ProgramFixture;
import io.competency.support.TestDatabase;
import io.competency.support.TestServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL keeps what the program's requirements add: authorizations, credentials' issuers,
 * retirement dates and replacements, and tiers with money metrics, per-metric workloads, required
 * authorizations and roles. A server started afterwards serves the same catalog. A database made by the
 * first schema, before any of this existed, keeps working once migrated.
 */
class TheProgramsCatalogIsReadBackFromPostgresTest {
  private static final String MAINTAINER = "maintainer-secret-pg";
  private static final String KEYS = "ops:maintainer:" + MAINTAINER + ",partner:integrator:integrator-secret-pg";

  @Test
  void everyProgramTierAndItsReferenceDataAreReadBackAsServed() {
    String catalog = ProgramFixture.serverCatalog().toString();
    try (TestDatabase db = TestDatabase.empty()) {
      Map<String, String> env = Map.of("DATABASE_URL", db.url(), "API_KEYS", KEYS, "CATALOG_DIR", catalog);
      CatalogSnapshot served;
      try (TestServer server = TestServer.start(env)) {
        addReferenceData(server.client(), MAINTAINER);
        for (String[] option : List.of(new String[] {"enterprise-resource-planning", "erp-reseller"},
            new String[] {"cloud-customer-relationship-management", "cloud-crm-reseller"},
            new String[] {"cloud-business-applications", "enterprise-operations"},
            new String[] {"windows-and-devices", "surface-hub"}, new String[] {"windows-and-devices", "service-partner"},
            new String[] {"devops", "devops-partner"})) {
          addCompetencyAndOption(server.client(), MAINTAINER, option[0], option[1]);
          for (String tier : List.of("silver", "gold")) {
            accepted(mutate(server.client(), MAINTAINER, ADD_TIER, tierInput(option[0], option[1], tier)), "addTier");
          }
        }
        served = server.application().store().current();
      }
      try (TestServer restarted = TestServer.start(env)) {
        CatalogSnapshot read = restarted.application().store().current();
        assertEquals(served.revision(), read.revision());
        assertEquals(served.catalog(), read.catalog());
        Credential retiring = read.credential("70-354");
        assertEquals(List.of("2017-09-30", Credential.MICROSOFT), List.of(retiring.retiresOn().toString(), retiring.issuer()));
        assertEquals("Scrum Alliance", read.credential("CSM").issuer());
        assertEquals("Authorized Surface Hub ADR", read.authorization("SURFACE_HUB_ADR").name().english());
      }
    }
  }

  @Test
  void aDatabaseOfTheFirstSchemaIsMigratedAndKeepsServingItsCatalog() {
    try (TestDatabase db = TestDatabase.empty()) {
      migrateTo("2", db);
      db.rows("INSERT INTO catalog_state (revision, updated_at) VALUES (7, now())");
      insertTerms(db, "market", "DEVELOPED", "DEVELOPING");
      insertTerms(db, "workload", "EXCHANGE_ONLINE", "SHAREPOINT_ONLINE", "SKYPE_FOR_BUSINESS", "YAMMER", "PROPLUS");
      insertTerms(db, "association_type", "DELEGATED_ADMIN", "TRANSACTING_PARTNER", "DIGITAL_PARTNER_OF_RECORD", "FAST_TRACK_PARTNER");
      List<String> credentials = List.of("70-346", "70-347", "MCSA-OFFICE-365");
      for (int i = 0; i < credentials.size(); i++) {
        db.rows("INSERT INTO credential (code, position, kind, title) VALUES ($1, $2, 'EXAM', jsonb_build_object('en-US', $1::text))",
            credentials.get(i), i);
      }
      db.rows("INSERT INTO competency (slug, position, name) VALUES ('cloud-productivity', 0, '{\"en-US\": \"Cloud Productivity\"}')");
      db.rows("INSERT INTO competency_option (competency, slug, position, name) VALUES ('cloud-productivity', 'managed-service-partner', 0,"
          + " '{\"en-US\": \"Managed Service Partner\"}')");
      db.rows("INSERT INTO tier (competency, option, slug, rank, name, requirements) VALUES ('cloud-productivity', 'managed-service-partner',"
          + " 'bronze', 1, '{\"en-US\": \"Bronze\"}', '[{\"performance\": {\"title\": {\"en-US\": \"Perform\"}, \"metrics\": [{\"metric\":"
          + " \"ACTIVE_ENTITLEMENTS\", \"thresholds\": [{\"value\": 10}]}], \"eligibleWorkloads\": [\"EXCHANGE_ONLINE\"], \"excludesTrials\":"
          + " true, \"qualifyingAssociations\": [\"DELEGATED_ADMIN\"]}}, {\"skill\": {\"title\": {\"en-US\": \"Skill\"}, \"individuals\": 1,"
          + " \"paths\": [{\"choices\": [{\"anyOf\": [\"70-346\"]}]}]}}]')");

      try (TestServer server = TestServer.start(Map.of("DATABASE_URL", db.url(), "API_KEYS", KEYS))) {
        CatalogSnapshot read = server.application().store().current();
        assertEquals(Credential.MICROSOFT, read.credential("70-346").issuer());
        assertEquals(null, read.credential("70-346").retiresOn());
        Response page = server.client().query("""
            { competency(slug: "cloud-productivity") { option(slug: "managed-service-partner") { tier(slug: "bronze") { requirements {
                ... on PerformanceRequirement { requiredAuthorizations { code } metrics { unit eligibleWorkloads { code } } }
                ... on SkillRequirement { individuals roles { individuals } distinctPeople } } } } } }
            """).post().assertWellFormed();
        assertEquals(new JsonArray().add(new JsonObject().put("requiredAuthorizations", new JsonArray()).put("metrics", new JsonArray()
                .add(new JsonObject().put("unit", "COUNT").put("eligibleWorkloads", new JsonArray().add(new JsonObject().put("code", "EXCHANGE_ONLINE"))))))
            .add(new JsonObject().put("individuals", 1).put("roles", new JsonArray().add(new JsonObject().put("individuals", 1)))
                .put("distinctPeople", true)), page.data("competency.option.tier.requirements"));
        int before = read.revision();
        accepted(mutate(server.client(), MAINTAINER, ADD_AUTHORIZATION, new JsonObject().put("code", "SURFACE_HUB_RESELLER")
            .put("name", new JsonArray().add(new JsonObject().put("locale", "en-US").put("text", "Surface Hub reseller")))), "addAuthorization");
        assertEquals(before + 1, server.application().store().current().revision());
      }
    }
  }

  private static void insertTerms(TestDatabase db, String table, String... codes) {
    for (int i = 0; i < codes.length; i++) {
      db.rows("INSERT INTO " + table + " (code, position, name) VALUES ($1, $2, jsonb_build_object('en-US', $1::text))", codes[i], i);
    }
  }

  private static void migrateTo(String version, TestDatabase db) {
    var options = Database.options(db.url());
    Flyway.configure()
        .dataSource("jdbc:postgresql://" + options.getHost() + ":" + options.getPort() + "/" + options.getDatabase(),
            options.getUser(), options.getPassword())
        .locations("classpath:db/migration")
        .target(version)
        .load()
        .migrate();
  }
}
