package io.competency.maintenance;

import static io.competency.support.Documents.ADD_TIER;
import static io.competency.maintenance.Maintenance.COMPETENCY;
import static io.competency.maintenance.Maintenance.OPTION;
import static io.competency.support.Documents.REMOVE_TIER;
import static io.competency.support.Documents.UPDATE_TIER;
import static io.competency.maintenance.Maintenance.accepted;
import static io.competency.maintenance.Maintenance.maintain;
import static io.competency.maintenance.Maintenance.platinumTier;
import static io.competency.maintenance.Maintenance.rejection;
import static io.competency.maintenance.Maintenance.rejections;
import static io.competency.maintenance.Maintenance.revision;
import static io.competency.maintenance.Maintenance.simpleTier;
import static io.competency.maintenance.Maintenance.texts;
import static io.competency.maintenance.Maintenance.tier;
import static io.competency.maintenance.Maintenance.tierId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.competency.support.Documents;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.ServerOnFreshDatabase;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code updateTier} changes what it is given and keeps the rest; {@code removeTier} takes a tier out
 * of the catalog and returns its id. Each success is one new revision; each refusal changes nothing.
 * The tests share one server on PostgreSQL, each with tiers of its own slugs and ranks.
 */
class UpdateAndRemoveTierTest {
  @RegisterExtension
  static final ServerOnFreshDatabase server = new ServerOnFreshDatabase();

  @Test
  void updatingOnlyTheRankKeepsTheNameAndRequirements() {
    JsonObject added = add(platinumTier().put("slug", "rank-only").put("rank", 10));
    int before = revision(server.client());
    JsonObject updated = update(address("rank-only").put("rank", 11));
    assertEquals(added.copy().put("rank", 11), updated);
    assertEquals(updated, tier(server.client(), "rank-only"));
    assertEquals(11, server.db().value("SELECT rank FROM tier WHERE slug = 'rank-only'"));
    assertEquals(before + 1, revision(server.client()));
  }

  @Test
  void updatingOnlyTheNameKeepsTheRankAndRequirements() {
    JsonObject added = add(platinumTier().put("slug", "name-only").put("rank", 20));
    int before = revision(server.client());
    JsonObject updated = update(address("name-only").put("name", texts("en-US", "Platinum Plus", "ko-KR", "플래티넘 플러스")));
    assertEquals(added.copy().put("name", new JsonObject().put("text", "Platinum Plus").put("locale", "en-US").put("fallback", false)),
        updated);
    assertEquals(updated, tier(server.client(), "name-only"));
    assertEquals(new JsonObject().put("en-US", "Platinum Plus").put("ko-KR", "플래티넘 플러스"),
        server.db().value("SELECT name FROM tier WHERE slug = 'name-only'"));
    assertEquals(before + 1, revision(server.client()));
  }

  @Test
  void updatingTheRequirementsReplacesTheWholeList() {
    JsonObject added = add(platinumTier().put("slug", "new-requirements").put("rank", 30));
    int before = revision(server.client());
    JsonObject replacement = simpleTier("ignored", 1);
    JsonObject updated = update(address("new-requirements").put("requirements", replacement.getJsonArray("requirements")));
    assertEquals(List.of("SkillRequirement"), updated.getJsonArray("requirements").stream()
        .map(r -> ((JsonObject) r).getString("__typename")).toList());
    assertEquals("MCSA-OFFICE-365", Response.at(updated, "requirements.0.paths.0.choices.0.anyOf.0.code"));
    assertEquals(added.getValue("name"), updated.getValue("name"));
    assertEquals(30, updated.getValue("rank"));
    assertEquals(updated, tier(server.client(), "new-requirements"));
    assertEquals(before + 1, revision(server.client()));
  }

  @Test
  void updatingARankToOneTakenByAnotherTierIsRefusedAsDuplicateRank() {
    add(simpleTier("clashing", 40));
    int before = revision(server.client());
    Response response = maintain(server.client(), UPDATE_TIER, address("clashing").put("rank", 2));
    assertEquals(List.of(rejection("DUPLICATE_RANK", "input", "rank")), rejections(response, "updateTier", "tier"));
    assertEquals(40, tier(server.client(), "clashing").getValue("rank"));
    assertEquals(40, server.db().value("SELECT rank FROM tier WHERE slug = 'clashing'"));
    assertEquals(before, revision(server.client()));
  }

  @Test
  void keepingItsOwnRankIsNoClash() {
    add(simpleTier("same-rank", 45));
    int before = revision(server.client());
    JsonObject updated = update(address("same-rank").put("rank", 45).put("name", texts("en-US", "Same rank")));
    assertEquals(45, updated.getValue("rank"));
    assertEquals(before + 1, revision(server.client()));
  }

  @Test
  void updatingAnUnknownTierIsRefusedAsUnknownTier() {
    int before = revision(server.client());
    Response response = maintain(server.client(), UPDATE_TIER, address("titanium").put("rank", 50));
    assertEquals(List.of(rejection("UNKNOWN_TIER", "input", "slug")), rejections(response, "updateTier", "tier"));
    assertNull(tier(server.client(), "titanium"));
    assertEquals(before, revision(server.client()));
  }

  @Test
  void updatingWithWrongRequirementsIsRefusedAndKeepsTheOldOnes() {
    JsonObject added = add(simpleTier("bad-update", 55));
    int before = revision(server.client());
    JsonObject wrong = simpleTier("ignored", 1);
    Response response = maintain(server.client(), UPDATE_TIER, address("bad-update").put("requirements",
        Maintenance.with(wrong, "requirements.0.skill.paths.0.choices.0.anyOf.0", "70-999").getJsonArray("requirements")));
    assertEquals(List.of(rejection("UNKNOWN_CREDENTIAL", "input", "requirements", "0", "skill", "paths", "0", "choices", "0", "anyOf", "0")),
        rejections(response, "updateTier", "tier"));
    assertEquals(added, tier(server.client(), "bad-update"));
    assertEquals(before, revision(server.client()));
  }

  @Test
  void removingATierReturnsItsIdAndTakesItOutOfEveryQuery() {
    add(simpleTier("short-lived", 60));
    int before = revision(server.client());
    Response response = maintain(server.client(), REMOVE_TIER, address("short-lived").put("clientMutationId", "remove-1"));
    JsonObject payload = accepted(response, "removeTier");
    assertEquals(tierId("short-lived"), payload.getString("removedTierId"));
    assertEquals("remove-1", payload.getString("clientMutationId"));
    assertNull(tier(server.client(), "short-lived"));
    Response node = server.client().query("query($id: ID!) { node(id: $id) { id } }").variables(Map.of("id", tierId("short-lived"))).post();
    assertNull(node.data("node"), node::toString);
    assertFalse(tierSlugs().contains("short-lived"));
    assertEquals(0L, server.db().value("SELECT count(*) FROM tier WHERE slug = 'short-lived'"));
    assertEquals(before + 1, revision(server.client()));
    assertEquals(List.of(new JsonObject().put("action", "removeTier").put("target", tierId("short-lived"))),
        server.db().rows("SELECT action, target FROM catalog_change WHERE revision = $1", before + 1));
  }

  @Test
  void aRemovedTiersSlugAndRankCanBeUsedAgain() {
    add(simpleTier("reborn", 70));
    accepted(maintain(server.client(), REMOVE_TIER, address("reborn")), "removeTier");
    JsonObject again = add(simpleTier("reborn", 70).put("name", texts("en-US", "Reborn again")));
    assertEquals("Reborn again", Response.at(again, "name.text"));
  }

  @Test
  void removingAnUnknownTierIsRefusedAsUnknownTier() {
    int before = revision(server.client());
    Response response = maintain(server.client(), REMOVE_TIER, address("titanium"));
    assertEquals(List.of(rejection("UNKNOWN_TIER", "input", "slug")), rejections(response, "removeTier", "removedTierId"));
    assertEquals(before, revision(server.client()));
  }

  @Test
  void removingATierOfAnUnknownOptionIsRefusedAsUnknownOption() {
    int before = revision(server.client());
    Response response = maintain(server.client(), REMOVE_TIER, address("silver").put("option", "self-service-partner"));
    assertEquals(List.of(rejection("UNKNOWN_OPTION", "input", "option")), rejections(response, "removeTier", "removedTierId"));
    assertEquals(before, revision(server.client()));
  }

  private static JsonObject address(String slug) {
    return new JsonObject().put("competency", COMPETENCY).put("option", OPTION).put("slug", slug);
  }

  private static JsonObject add(JsonObject input) {
    return accepted(maintain(server.client(), ADD_TIER, input), "addTier").getJsonObject("tier");
  }

  private static JsonObject update(JsonObject input) {
    return accepted(maintain(server.client(), UPDATE_TIER, input), "updateTier").getJsonObject("tier");
  }

  private static List<String> tierSlugs() {
    return server.client().query(Documents.TIER_SLUGS).post().assertWellFormed().dataList("competency.option.tiers").stream()
        .map(t -> ((JsonObject) t).getString("slug")).toList();
  }
}
