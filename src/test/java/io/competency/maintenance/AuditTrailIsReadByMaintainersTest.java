package io.competency.maintenance;

import static io.competency.maintenance.Maintenance.ADD_TIER;
import static io.competency.maintenance.Maintenance.API_KEYS;
import static io.competency.maintenance.Maintenance.INTEGRATOR_SECRET;
import static io.competency.maintenance.Maintenance.MAINTAINER;
import static io.competency.maintenance.Maintenance.MAINTAINER_SECRET;
import static io.competency.maintenance.Maintenance.accepted;
import static io.competency.maintenance.Maintenance.maintain;
import static io.competency.maintenance.Maintenance.platinumTier;
import static io.competency.maintenance.Maintenance.tierId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.competency.support.GraphqlClient.Response;
import io.competency.support.TestDatabase;
import io.competency.support.TestServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code catalogChanges} lists the audit trail, newest first, to maintainer keys only. */
class AuditTrailIsReadByMaintainersTest {
  private static final String CHANGES = "{ catalogChanges(first: 10) { revision changedAt actor action target input } }";

  private static TestDatabase db;
  private static TestServer server;

  @BeforeAll
  static void start() {
    db = TestDatabase.create();
    server = TestServer.start(Map.of("DATABASE_URL", db.url(), "API_KEYS", API_KEYS));
    accepted(maintain(server.client(), ADD_TIER, platinumTier()), "addTier");
  }

  @AfterAll
  static void stop() {
    server.close();
    db.close();
  }

  @Test
  void aMaintainerSeesEachRevisionWithWhoDidWhatNewestFirst() {
    JsonArray changes = server.client().query(CHANGES).bearer(MAINTAINER_SECRET).post().assertWellFormed().dataList("catalogChanges");

    assertEquals(2, changes.size());
    JsonObject added = changes.getJsonObject(0);
    assertEquals(List.of(2, MAINTAINER, "addTier", tierId("platinum")),
        List.of(added.getInteger("revision"), added.getString("actor"), added.getString("action"), added.getString("target")));
    assertEquals("platinum", added.getJsonObject("input").getString("slug"));
    JsonObject imported = changes.getJsonObject(1);
    assertEquals(List.of(1, "system", "import"),
        List.of(imported.getInteger("revision"), imported.getString("actor"), imported.getString("action")));
  }

  @Test
  void anIntegratorKeyIsForbidden() {
    Response response = server.client().query(CHANGES).bearer(INTEGRATOR_SECRET).post();
    assertEquals(List.of(403, "FORBIDDEN"), List.of(response.status(), response.errorCode(0)));
  }

  @Test
  void withoutAKeyTheTrailIsNotShown() {
    Response response = server.client().query(CHANGES).post();
    assertEquals(List.of(401, "UNAUTHENTICATED"), List.of(response.status(), response.errorCode(0)));
  }
}
