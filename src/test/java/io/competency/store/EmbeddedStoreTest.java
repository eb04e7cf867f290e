package io.competency.store;

import static io.competency.support.Documents.ADD_TIER;
import static io.competency.support.TestKeys.MAINTAINER;
import static io.competency.maintenance.Maintenance.accepted;
import static io.competency.maintenance.Maintenance.maintain;
import static io.competency.maintenance.Maintenance.platinumTier;
import static io.competency.maintenance.Maintenance.rejection;
import static io.competency.maintenance.Maintenance.rejections;
import static io.competency.maintenance.Maintenance.revision;
import static io.competency.maintenance.Maintenance.tier;
import static io.competency.maintenance.Maintenance.tierId;
import static io.competency.maintenance.Maintenance.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.competency.support.TestKeys;
import io.competency.support.Documents;
import io.competency.support.TestServer;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Without {@code DATABASE_URL} the server runs on the in-memory store: the maintenance mutations work
 * as they do on PostgreSQL, make revisions and are audited in memory, and nothing outlives the server.
 */
class EmbeddedStoreTest {

  @Test
  void aTierAddedInMemoryIsServedAtOnceAtTheNextRevision() {
    try (TestServer server = TestServer.start()) {
      assertInstanceOf(MemoryCatalogStore.class, server.application().store());
      assertEquals(1, revision(server.client()));
      JsonObject added = accepted(maintain(server.client(), ADD_TIER, platinumTier()), "addTier").getJsonObject("tier");
      assertEquals(AddTierTest.expectedPlatinum(), added);
      assertEquals(added, tier(server.client(), "platinum"));
      assertEquals(2, revision(server.client()));
    }
  }

  @Test
  void theAuditRecordsTheRevisionActorActionTargetAndInput() {
    try (TestServer server = TestServer.start()) {
      MemoryCatalogStore store = (MemoryCatalogStore) server.application().store();
      accepted(maintain(server.client(), ADD_TIER, platinumTier()), "addTier");
      List<CatalogChange> audit = store.audit();
      assertEquals(1, audit.size(), audit::toString);
      CatalogChange entry = audit.get(0);
      assertEquals(List.of(2, MAINTAINER, "addTier", tierId("platinum")),
          List.of(entry.revision(), entry.actor(), entry.action(), entry.target()));
      assertEquals(store.current().updatedAt(), entry.at());
      JsonObject sent = platinumTier();
      sent.remove("clientMutationId");
      assertEquals(sent, PlainJson.json(entry.detail()), "the detail is the input as sent, without clientMutationId");
    }
  }

  @Test
  void aRefusedEditIsNotAuditedAndKeepsTheRevision() {
    try (TestServer server = TestServer.start()) {
      MemoryCatalogStore store = (MemoryCatalogStore) server.application().store();
      assertEquals(List.of(rejection("DUPLICATE_RANK", "input", "rank")),
          rejections(maintain(server.client(), ADD_TIER, with(platinumTier(), "rank", 2)), "addTier", "tier"));
      assertEquals(List.of(), store.audit());
      assertEquals(1, revision(server.client()));
      assertNull(tier(server.client(), "platinum"));
    }
  }

  @Test
  void nothingOutlivesTheServer() {
    try (TestServer server = TestServer.start()) {
      accepted(maintain(server.client(), ADD_TIER, platinumTier()), "addTier");
    }
    try (TestServer next = TestServer.start()) {
      assertNull(tier(next.client(), "platinum"));
      assertEquals(1, revision(next.client()));
    }
  }
}
