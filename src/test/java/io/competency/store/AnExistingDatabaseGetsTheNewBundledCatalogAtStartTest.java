package io.competency.store;

import static io.competency.maintenance.Maintenance.COMPETENCY;
import static io.competency.maintenance.Maintenance.OPTION;
import static io.competency.maintenance.Maintenance.accepted;
import static io.competency.maintenance.Maintenance.maintain;
import static io.competency.maintenance.Maintenance.revision;
import static io.competency.maintenance.Maintenance.texts;
import static io.competency.maintenance.Maintenance.tierId;
import static io.competency.support.Documents.ADD_CREDENTIAL;
import static io.competency.support.Documents.ADD_WORKLOAD;
import static io.competency.support.Documents.REMOVE_TIER;
import static io.competency.support.Documents.SET_TRANSLATION;
import static io.competency.support.Documents.UPDATE_TIER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.competency.catalog.BundledCatalogUpgrade;
import io.competency.catalog.CatalogLoader;
import io.competency.support.Documents;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.GraphqlClient;
import io.competency.support.TestDatabase;
import io.competency.support.TestServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A PostgreSQL database made from the one-competency catalog bundled before the 2017 catalog (its files
 * are kept in {@code src/test/resources/one-competency-catalog}), then started with the bundled catalog
 * of today, gets the new competencies and reference data at start as one new catalog revision with an
 * audit entry by {@code bundled-catalog}; what the database holds stays as it is, what a maintainer
 * removed stays removed, and a second server on the same database serves the upgrade too.
 */
class AnExistingDatabaseGetsTheNewBundledCatalogAtStartTest {
  private static final String ONE_COMPETENCY_CATALOG = "src/test/resources/one-competency-catalog";
  private static final Duration PATIENCE = Duration.ofSeconds(10);
  private static final String GOLD_KEY = "tier:cloud-productivity/managed-service-partner/gold";

  private static final String TREE = """
      query Tree($slug: String!, $l: Locale) {
        competency(slug: $slug) {
          slug name(locale: $l) { ...t } description(locale: $l) { ...t }
          options {
            slug name(locale: $l) { ...t } description(locale: $l) { ...t }
            tiers {
              slug rank name(locale: $l) { ...t }
              requirements {
                __typename position title(locale: $l) { ...t } notes(locale: $l) { ...t }
                ... on PerformanceRequirement {
                  metrics { metric windowMonths unit eligibleWorkloads { code } thresholds { value market { code } description(locale: $l) { ...t } } }
                  eligibleWorkloads { code } excludesTrials qualifyingAssociations { code } requiredAuthorizations { code }
                }
                ... on SkillRequirement {
                  individuals
                  roles { individuals title(locale: $l) { ...t } paths { ...path } }
                }
              }
            }
          }
        }
      }
      fragment t on LocalizedText { text locale fallback }
      fragment path on QualificationPath {
        description(locale: $l) { ...t }
        choices { description(locale: $l) { ...t } anyOf { code } }
      }
      """;

  private static final String REFERENCE_DATA = """
      query References($l: Locale) {
        markets { code name(locale: $l) { ...t } }
        workloads { code name(locale: $l) { ...t } }
        associationTypes { code name(locale: $l) { ...t } }
        authorizations { code name(locale: $l) { ...t } }
        credentials { code kind issuer retiresOn url title(locale: $l) { ...t } replacedBy { code } }
      }
      fragment t on LocalizedText { text locale fallback }
      """;

  /** The bundled catalog of today, served from memory: what the upgraded database should add. */
  private static TestServer bundled;

  @BeforeAll
  static void startTheBundledCatalog() {
    bundled = TestServer.start();
  }

  @AfterAll
  static void stop() {
    bundled.close();
  }

  @Test
  void anUntouchedOneCompetencyDatabaseGetsTheWholeCatalogAsOneAuditedRevision() {
    try (TestDatabase db = oneCompetencyDatabase(client -> { })) {
      try (TestServer upgraded = start(db, "catalog")) {
        GraphqlClient client = upgraded.client();
        assertEquals(2, revision(client));
        assertEquals(18, slugs(client).size());
        for (String slug : slugs(bundled.client())) {
          if (!slug.equals(COMPETENCY)) {
            for (String locale : List.of("en-US", "ru-RU", "ko-KR")) {
              assertEquals(tree(bundled.client(), slug, locale), tree(client, slug, locale), slug + " in " + locale);
            }
          }
        }
        assertEquals(codes(bundled.client(), "credentials"), codes(client, "credentials"));
        assertEquals(codes(bundled.client(), "workloads"), codes(client, "workloads"));
        assertEquals(codes(bundled.client(), "associationTypes"), codes(client, "associationTypes"));
        assertEquals(Set.of("SURFACE_HUB_ADR"), codes(client, "authorizations"));

        List<JsonObject> audit = db.rows("SELECT revision, actor, action, detail FROM catalog_change ORDER BY revision");
        assertEquals(List.of("system", "bundled-catalog"), audit.stream().map(r -> r.getString("actor")).toList());
        assertEquals(List.of("import", "import"), audit.stream().map(r -> r.getString("action")).toList());
        List<Object> added = audit.get(1).getJsonObject("detail").getJsonArray("added").getList();
        assertTrue(added.containsAll(List.of("competency:devops", "option:devops/devops-partner", "tier:devops/devops-partner/gold",
            "credential:70-480", "workload:AZURE", "association:POWER_BI_PARTNER_OF_RECORD", "authorization:SURFACE_HUB_ADR")), added::toString);
        assertFalse(added.contains("competency:" + COMPETENCY), added::toString);
        assertEquals(BundledCatalogUpgrade.keys(CatalogLoader.load(Path.of("catalog"))),
            db.rows("SELECT key FROM bundled_import").stream().map(r -> r.getString("key")).collect(Collectors.toSet()));
      }
    }
  }

  @Test
  void whatTheDatabaseHoldsStaysAsItIsEvenWhereTheNewBundledCatalogDiffers() {
    try (TestDatabase db = oneCompetencyDatabase(client -> { })) {
      JsonObject before;
      try (TestServer old = start(db, ONE_COMPETENCY_CATALOG)) {
        before = references(old.client(), "ru-RU");
      }
      try (TestServer upgraded = start(db, "catalog")) {
        JsonObject after = references(upgraded.client(), "ru-RU");
        // The one-competency catalog named the associations in Russian; today's bundled catalog does not.
        assertEquals(before.getJsonArray("associationTypes").getJsonObject(0), after.getJsonArray("associationTypes").getJsonObject(0));
        assertEquals("Делегированный администратор Office 365",
            after.getJsonArray("associationTypes").getJsonObject(0).getJsonObject("name").getString("text"));
        assertEquals(before.getJsonArray("markets"), after.getJsonArray("markets"));
        assertEquals(before.getJsonArray("credentials").getJsonObject(0), credential(after, "70-346"));
      }
    }
  }

  @Test
  void maintainersChangesStayAndWhatTheyRemovedIsNotImportedAgain() {
    try (TestDatabase db = oneCompetencyDatabase(client -> {
      accepted(maintain(client, REMOVE_TIER, new JsonObject().put("competency", COMPETENCY).put("option", OPTION).put("slug", "gold")),
          "removeTier");
      accepted(maintain(client, UPDATE_TIER, new JsonObject().put("competency", COMPETENCY).put("option", OPTION).put("slug", "silver")
          .put("name", texts("en-US", "Silver, as the maintainers call it"))), "updateTier");
      accepted(maintain(client, SET_TRANSLATION, new JsonObject().put("node", tierId("silver")).put("field", "name")
          .put("locale", "ko-KR").put("text", "실버 등급")), "setTranslation");
      accepted(maintain(client, ADD_CREDENTIAL, new JsonObject().put("code", "MB2-716").put("kind", "EXAM")
          .put("title", texts("en-US", "MB2-716, as the maintainers wrote it"))), "addCredential");
      accepted(maintain(client, ADD_WORKLOAD, new JsonObject().put("code", "TEAMS").put("name", texts("en-US", "Microsoft Teams"))),
          "addWorkload");
    })) {
      int edited = ((Number) db.value("SELECT revision FROM catalog_state")).intValue();
      try (TestServer upgraded = start(db, "catalog")) {
        GraphqlClient client = upgraded.client();
        assertEquals(edited + 1, revision(client));
        assertEquals(18, slugs(client).size());
        Response option = client.query("""
            { competency(slug: "cloud-productivity") { option(slug: "managed-service-partner") {
                tiers { slug name { text } ko: name(locale: "ko-KR") { text } } } } }
            """).post();
        assertEquals(new JsonArray().add(new JsonObject().put("slug", "silver")
                .put("name", new JsonObject().put("text", "Silver, as the maintainers call it"))
                .put("ko", new JsonObject().put("text", "실버 등급"))),
            option.data("competency.option.tiers"), option::toString);
        assertEquals("MB2-716, as the maintainers wrote it", credential(references(client, "en-US"), "MB2-716")
            .getJsonObject("title").getString("text"));
        assertTrue(codes(client, "workloads").contains("TEAMS"));
        assertEquals(tree(bundled.client(), "cloud-business-applications", "en-US"), tree(client, "cloud-business-applications", "en-US"));
      }
      try (TestServer again = start(db, "catalog")) {
        assertEquals(edited + 1, revision(again.client()), "a second start imports nothing");
        assertEquals(1L, db.value("SELECT count(*) FROM catalog_change WHERE actor = 'bundled-catalog'"));
        assertNull(again.client().query("""
            { competency(slug: "cloud-productivity") { option(slug: "managed-service-partner") { tier(slug: "gold") { slug } } } }
            """).post().data("competency.option.tier"));
      }
    }
  }

  @Test
  void aDatabaseMadeBeforeImportsWereRecordedKeepsTheTierAMaintainerRemoved() {
    try (TestDatabase db = oneCompetencyDatabase(client -> accepted(maintain(client, REMOVE_TIER,
        new JsonObject().put("competency", COMPETENCY).put("option", OPTION).put("slug", "gold")), "removeTier"))) {
      // As the database was before the migration that records imports: no record, that migration and the
      // ones after it not applied.
      db.rows("DROP TABLE bundled_import");
      db.rows("DELETE FROM flyway_schema_history WHERE installed_rank >= (SELECT installed_rank FROM flyway_schema_history WHERE version = '4')");

      try (TestServer upgraded = start(db, "catalog")) {
        assertEquals(18, slugs(upgraded.client()).size());
        assertEquals(List.of("silver"), tierSlugs(upgraded.client()));
        assertEquals(1L, db.value("SELECT count(*) FROM bundled_import WHERE key = $1", GOLD_KEY));
      }
    }
  }

  @Test
  void aServerStillRunningTheOldCatalogServesTheUpgradeOnceAnotherServerMadeIt() {
    try (TestDatabase db = oneCompetencyDatabase(client -> { });
        TestServer old = start(db, ONE_COMPETENCY_CATALOG)) {
      assertEquals(1, slugs(old.client()).size());
      try (TestServer upgraded = start(db, "catalog")) {
        eventually("the old server serves the 18 competencies", () -> slugs(old.client()).size() == 18);
        assertEquals(revision(upgraded.client()), revision(old.client()));
        assertEquals(tree(upgraded.client(), "devops", "ru-RU"), tree(old.client(), "devops", "ru-RU"));
      }
    }
  }

  @Test
  void twoServersStartingTogetherOnAnOldDatabaseUpgradeItOnce() {
    try (TestDatabase db = oneCompetencyDatabase(client -> { })) {
      CompletableFuture<TestServer> first = CompletableFuture.supplyAsync(() -> start(db, "catalog"));
      CompletableFuture<TestServer> second = CompletableFuture.supplyAsync(() -> start(db, "catalog"));
      try (TestServer a = first.join(); TestServer b = second.join()) {
        assertEquals(1L, db.value("SELECT count(*) FROM catalog_change WHERE actor = 'bundled-catalog'"));
        assertEquals(2, ((Number) db.value("SELECT revision FROM catalog_state")).intValue());
        eventually("both servers serve revision 2", () -> revision(a.client()) == 2 && revision(b.client()) == 2);
        assertEquals(18, slugs(a.client()).size());
        assertEquals(18, slugs(b.client()).size());
      }
    }
  }

  /** A new database made by a server with the one-competency catalog, edited by {@code maintainers}, its server stopped. */
  private static TestDatabase oneCompetencyDatabase(Consumer<GraphqlClient> maintainers) {
    TestDatabase db = TestDatabase.empty();
    try (TestServer old = start(db, ONE_COMPETENCY_CATALOG)) {
      assertEquals(List.of(COMPETENCY), slugs(old.client()));
      maintainers.accept(old.client());
    } catch (RuntimeException | Error e) {
      db.close();
      throw e;
    }
    return db;
  }

  private static TestServer start(TestDatabase db, String catalogDir) {
    Map<String, String> env = new HashMap<>();
    env.put("DATABASE_URL", db.url());
    env.put("CATALOG_DIR", catalogDir);
    return TestServer.start(env);
  }

  private static List<String> slugs(GraphqlClient client) {
    Response response = client.query("{ competencies(first: 100) { edges { node { slug } } } }").post().assertWellFormed();
    return response.dataList("competencies.edges").stream().map(e -> ((JsonObject) e).getJsonObject("node").getString("slug")).toList();
  }

  private static List<String> tierSlugs(GraphqlClient client) {
    Response response = client.query("""
        { competency(slug: "cloud-productivity") { option(slug: "managed-service-partner") { tiers { slug } } } }
        """).post();
    return response.dataList("competency.option.tiers").stream().map(t -> ((JsonObject) t).getString("slug")).toList();
  }

  private static JsonObject tree(GraphqlClient client, String slug, String locale) {
    Response response = client.query(TREE).variables(Map.of("slug", slug, "l", locale)).post().assertWellFormed();
    assertTrue(response.errors().isEmpty(), response::toString);
    return (JsonObject) response.data("competency");
  }

  private static JsonObject references(GraphqlClient client, String locale) {
    Response response = client.query(REFERENCE_DATA).variables(Map.of("l", locale)).post().assertWellFormed();
    assertTrue(response.errors().isEmpty(), response::toString);
    return response.json().getJsonObject("data");
  }

  private static Set<String> codes(GraphqlClient client, String list) {
    return references(client, "en-US").getJsonArray(list).stream().map(o -> ((JsonObject) o).getString("code")).collect(Collectors.toSet());
  }

  private static JsonObject credential(JsonObject references, String code) {
    return references.getJsonArray("credentials").stream().map(o -> (JsonObject) o).filter(c -> c.getString("code").equals(code))
        .findFirst().orElseThrow(() -> new AssertionError("no credential " + code));
  }

  private static void eventually(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        fail(what + " within " + PATIENCE.toSeconds() + " s");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("interrupted while waiting until " + what);
      }
    }
  }
}
