package io.competency.maintenance;

import static io.competency.maintenance.Maintenance.accepted;
import static io.competency.maintenance.Maintenance.maintain;
import static io.competency.maintenance.Maintenance.platinumTier;
import static io.competency.maintenance.Maintenance.tierId;
import static io.competency.support.Documents.ADD_TIER;
import static io.competency.support.TestKeys.INTEGRATOR_SECRET;
import static io.competency.support.TestKeys.MAINTAINER;
import static io.competency.support.TestKeys.MAINTAINER_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.competency.support.Documents;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.ServerOnFreshDatabase;
import io.competency.support.TestKeys;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code catalogChanges} lists the audit trail, newest first, to maintainer keys only. */
class AuditTrailIsReadByMaintainersTest {
  private static final String CHANGES = "{ catalogChanges(first: 10) { revision changedAt actor action target input } }";

  @RegisterExtension
  static final ServerOnFreshDatabase server = new ServerOnFreshDatabase();

  @BeforeAll
  static void start() {
    accepted(maintain(server.client(), ADD_TIER, platinumTier()), "addTier");
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
