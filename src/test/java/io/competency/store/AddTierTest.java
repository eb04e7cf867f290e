package io.competency.store;

import static io.competency.maintenance.Maintenance.accepted;
import static io.competency.maintenance.Maintenance.maintain;
import static io.competency.maintenance.Maintenance.platinumTier;
import static io.competency.maintenance.Maintenance.revision;
import static io.competency.maintenance.Maintenance.tier;
import static io.competency.maintenance.Maintenance.tierId;
import static io.competency.support.Documents.ADD_TIER;
import static io.competency.support.TestKeys.MAINTAINER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.competency.support.Documents;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.ServerOnFreshDatabase;
import io.competency.support.TestDatabase;
import io.competency.support.TestKeys;
import io.competency.support.TestServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A maintainer adds a platinum tier on a PostgreSQL-backed server: the payload shows the tier as
 * stored, the catalog moves to revision 2, the tier is served at once, recorded in the audit trail,
 * and still there after a restart.
 */
class AddTierTest {
  @RegisterExtension
  static final ServerOnFreshDatabase server = new ServerOnFreshDatabase();
  private static int revisionBefore;
  private static Response added;

  @BeforeAll
  static void addPlatinum() {
    revisionBefore = revision(server.client());
    added = maintain(server.client(), ADD_TIER, platinumTier());
  }

  @Test
  void thePayloadReturnsTheTierWithItsRequirements() {
    JsonObject tier = accepted(added, "addTier").getJsonObject("tier");
    assertEquals(expectedPlatinum(), tier);
  }

  @Test
  void thePayloadEchoesTheClientMutationId() {
    assertEquals("add-platinum-1", accepted(added, "addTier").getString("clientMutationId"));
  }

  @Test
  void theCatalogRevisionGoesFromOneToTwo() {
    assertEquals(1, revisionBefore);
    assertEquals(2, revision(server.client()));
    assertEquals(2, server.db().value("SELECT revision FROM catalog_state"));
  }

  @Test
  void theTierIsServedAtOnceWithTheOtherTiers() {
    assertEquals(expectedPlatinum(), tier(server.client(), "platinum"));
    Response tiers = server.client().query("""
        { competency(slug: "cloud-productivity") { option(slug: "managed-service-partner") { tiers { slug rank } } } }
        """).post().assertWellFormed();
    assertEquals(new JsonArray(List.of(
        new JsonObject().put("slug", "silver").put("rank", 1),
        new JsonObject().put("slug", "gold").put("rank", 2),
        new JsonObject().put("slug", "platinum").put("rank", 3))), tiers.dataList("competency.option.tiers"));
  }

  @Test
  void theTierIsStoredAsOneRowOfTheTierTable() {
    List<JsonObject> rows = server.db().rows("SELECT competency, option, rank, name FROM tier WHERE slug = $1", "platinum");
    assertEquals(List.of(new JsonObject()
        .put("competency", "cloud-productivity")
        .put("option", "managed-service-partner")
        .put("rank", 3)
        .put("name", new JsonObject().put("en-US", "Platinum").put("ru-RU", "Платиновый"))), rows);
  }

  @Test
  void theChangeIsAuditedWithTheKeyNameActionTargetAndInput() {
    List<JsonObject> changes = server.db().rows("SELECT revision, actor, action, target, detail FROM catalog_change ORDER BY revision");
    assertEquals(2, changes.size(), changes::toString);
    assertEquals(List.of(1, "system", "import"), List.of(changes.get(0).getValue("revision"), changes.get(0).getValue("actor"),
        changes.get(0).getValue("action")));
    JsonObject change = changes.get(1);
    assertEquals(2, change.getValue("revision"));
    assertEquals(MAINTAINER, change.getString("actor"));
    assertEquals("addTier", change.getString("action"));
    assertEquals(tierId("platinum"), change.getString("target"));
    JsonObject sent = platinumTier();
    sent.remove("clientMutationId");
    assertEquals(sent, change.getJsonObject("detail"), "the detail is the input as sent, without clientMutationId");
  }

  @Test
  void theStoreListsTheAuditTrailNewestFirst() {
    List<CatalogChange> audit = server.server().application().store().changes(10).await();
    assertEquals(List.of(2, 1), audit.stream().map(CatalogChange::revision).toList());
    assertEquals(List.of("addTier", "import"), audit.stream().map(CatalogChange::action).toList());
  }

  @Test
  void theTierSurvivesARestartAndTheBundledCatalogIsNotImportedAgain() {
    try (TestDatabase own = TestDatabase.create()) {
      try (TestServer first = TestServer.start(Map.of("DATABASE_URL", own.url()))) {
        accepted(maintain(first.client(), ADD_TIER, platinumTier()), "addTier");
      }
      try (TestServer restarted = TestServer.start(Map.of("DATABASE_URL", own.url()))) {
        assertEquals(expectedPlatinum(), tier(restarted.client(), "platinum"));
        assertEquals(2, revision(restarted.client()));
        assertEquals(List.of("import", "addTier"),
            own.rows("SELECT action FROM catalog_change ORDER BY revision").stream().map(r -> r.getString("action")).toList());
        assertEquals(51L, own.value("SELECT count(*) FROM tier"));
      }
    }
  }

  /** The platinum tier as {@link io.competency.maintenance.Maintenance#TIER_FIELDS} selects it. */
  static JsonObject expectedPlatinum() {
    return new JsonObject("""
        {
          "id": "%s",
          "slug": "platinum",
          "rank": 3,
          "name": {"text": "Platinum", "locale": "en-US", "fallback": false},
          "option": {"slug": "managed-service-partner", "competency": {"slug": "cloud-productivity"}},
          "requirements": [
            {
              "__typename": "PerformanceRequirement",
              "position": 0,
              "title": {"text": "Your organization must meet the platinum performance thresholds."},
              "notes": [{"text": "Trial SKUs are not included."}],
              "metrics": [
                {"metric": "ACTIVE_ENTITLEMENTS", "windowMonths": null, "thresholds": [
                  {"market": {"code": "DEVELOPED"}, "value": 8000},
                  {"market": {"code": "DEVELOPING"}, "value": 4000}]},
                {"metric": "NEW_CUSTOMERS", "windowMonths": 12, "thresholds": [{"market": null, "value": 10}]}
              ],
              "eligibleWorkloads": [{"code": "EXCHANGE_ONLINE"}, {"code": "SHAREPOINT_ONLINE"}],
              "excludesTrials": true,
              "qualifyingAssociations": [{"code": "DELEGATED_ADMIN"}, {"code": "FAST_TRACK_PARTNER"}]
            },
            {
              "__typename": "SkillRequirement",
              "position": 1,
              "title": {"text": "Your organization must have 4 individuals pass the exam requirements."},
              "notes": [],
              "individuals": 4,
              "paths": [
                {"choices": [{"anyOf": [{"code": "70-346"}]}, {"anyOf": [{"code": "70-347"}]}]},
                {"choices": [{"anyOf": [{"code": "MCSA-OFFICE-365"}]}]}
              ]
            }
          ]
        }
        """.formatted(tierId("platinum")));
  }
}
