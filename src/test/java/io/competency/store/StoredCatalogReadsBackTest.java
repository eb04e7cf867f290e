package io.competency.store;

import static io.competency.support.Documents.ADD_CREDENTIAL;
import static io.competency.support.Documents.ADD_OPTION;
import static io.competency.support.Documents.ADD_TIER;
import static io.competency.support.Documents.ADD_WORKLOAD;
import static io.competency.maintenance.Maintenance.COMPETENCY;
import static io.competency.maintenance.Maintenance.OPTION;
import static io.competency.support.Documents.REMOVE_TIER;
import static io.competency.support.Documents.SET_TRANSLATION;
import static io.competency.support.Documents.UPDATE_TIER;
import static io.competency.maintenance.Maintenance.accepted;
import static io.competency.maintenance.Maintenance.maintain;
import static io.competency.maintenance.Maintenance.platinumTier;
import static io.competency.maintenance.Maintenance.requirementId;
import static io.competency.maintenance.Maintenance.revision;
import static io.competency.maintenance.Maintenance.texts;
import static io.competency.maintenance.Maintenance.tierId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.competency.support.Documents;
import io.competency.catalog.CatalogSnapshot;
import io.competency.catalog.NodeId;
import io.competency.support.GraphqlClient;
import io.competency.support.TestDatabase;
import io.competency.support.TestServer;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Whatever an edit commits, the store can read back: the server that made it goes on accepting
 * edits, and a server started afterwards on the same database serves the very same catalog at the
 * same revision. (The database is read through the same checks as the bundled files, so an edit that
 * commits something those checks refuse would leave the catalog unreadable.)
 */
class StoredCatalogReadsBackTest {

  @Test
  void updatedRemovedAndTranslatedTiersAreReadBackAsTheyWereServed() {
    assertReadBack(client -> {
      accepted(maintain(client, ADD_TIER, platinumTier()), "addTier");
      accepted(maintain(client, UPDATE_TIER, tier("silver").put("rank", 4).put("name", texts("en-US", "Silver", "ko-KR", "실버"))),
          "updateTier");
      accepted(maintain(client, REMOVE_TIER, tier("gold")), "removeTier");
      accepted(maintain(client, SET_TRANSLATION, translation(requirementId("silver", 0), "notes", "ko-KR", "평가판 SKU는 포함되지 않습니다.")
          .put("index", 1)), "setTranslation");
      accepted(maintain(client, SET_TRANSLATION, translation(requirementId("silver", 1), "title", "ru-RU", null)), "setTranslation");
      accepted(maintain(client, SET_TRANSLATION, translation(tierId("platinum"), "name", "de-DE", "Platin")), "setTranslation");
    });
  }

  @Test
  void anOptionAddedWithoutADescriptionIsReadBack() {
    assertReadBack(client -> accepted(maintain(client, ADD_OPTION, new JsonObject()
        .put("competency", COMPETENCY).put("slug", "project-and-consult").put("name", texts("en-US", "Project and Consult"))), "addOption"));
  }

  @Test
  void aTranslationOfAnAbsentDescriptionLeavesTheCatalogReadable() {
    assertReadBack(client -> {
      accepted(maintain(client, ADD_OPTION, new JsonObject()
          .put("competency", COMPETENCY).put("slug", "project-and-consult").put("name", texts("en-US", "Project and Consult"))), "addOption");
      maintain(client, SET_TRANSLATION, translation(NodeId.of(NodeId.OPTION, COMPETENCY, "project-and-consult").encode(),
          "description", "ko-KR", "프로젝트 및 컨설팅"));
    });
  }

  @Test
  void aCredentialWithAUrlOfAnotherSchemeLeavesTheCatalogReadable() {
    assertReadBack(client -> maintain(client, ADD_CREDENTIAL, new JsonObject()
        .put("code", "MS-100").put("kind", "EXAM").put("title", texts("en-US", "Exam MS-100")).put("url", "ftp://files.example.com/ms-100")));
  }

  /**
   * Runs {@code edits} on a server of a fresh database, then checks that the server still commits an
   * edit, and that a server started afterwards on the database serves the same catalog at the same revision.
   */
  private static void assertReadBack(Consumer<GraphqlClient> edits) {
    try (TestDatabase db = TestDatabase.create()) {
      CatalogSnapshot served;
      try (TestServer server = TestServer.start(Map.of("DATABASE_URL", db.url()))) {
        edits.accept(server.client());
        int afterEdits = revision(server.client());
        accepted(maintain(server.client(), ADD_WORKLOAD, new JsonObject().put("code", "AFTERWARDS").put("name", texts("en-US", "Afterwards"))),
            "addWorkload");
        assertEquals(afterEdits + 1, revision(server.client()), "the server still commits edits");
        served = server.application().store().current();
      }
      try (TestServer restarted = TestServer.start(Map.of("DATABASE_URL", db.url()))) {
        CatalogSnapshot read = restarted.application().store().current();
        assertEquals(served.revision(), read.revision());
        assertEquals(served.catalog(), read.catalog());
      }
    }
  }

  private static JsonObject tier(String slug) {
    return new JsonObject().put("competency", COMPETENCY).put("option", OPTION).put("slug", slug);
  }

  private static JsonObject translation(String node, String field, String locale, String text) {
    return new JsonObject().put("node", node).put("field", field).put("locale", locale).put("text", text);
  }
}
