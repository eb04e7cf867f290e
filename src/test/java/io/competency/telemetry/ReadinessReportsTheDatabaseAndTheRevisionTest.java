package io.competency.telemetry;

import static io.competency.maintenance.Maintenance.maintain;
import static io.competency.maintenance.Maintenance.simpleTier;
import static io.competency.support.Documents.ADD_TIER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.competency.support.Documents;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.ServerOnFreshDatabase;
import io.competency.support.TestServer;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /ready} says whether the server can serve everything: the catalog revision it serves and the
 * state of its database ({@code UP}; {@code EMBEDDED} without one). {@code /health} only says the
 * process answers. (A database that does not answer is in {@code DatabaseOutageTest}.)
 */
class ReadinessReportsTheDatabaseAndTheRevisionTest {
  @RegisterExtension
  static final ServerOnFreshDatabase server = new ServerOnFreshDatabase();

  @Test
  void withPostgresqlTheDatabaseIsUpAndTheRevisionFollowsEdits() {
    assertEquals(new JsonObject().put("status", "READY").put("database", "UP").put("catalogRevision", 1), ready(server.client().request("GET", "/ready").send()));

    maintain(server.client(), ADD_TIER, simpleTier("ready-check", 70));

    assertEquals(2, ready(server.client().request("GET", "/ready").send()).getInteger("catalogRevision"));
  }

  @Test
  void theEmbeddedStoreIsReportedAsSuch() {
    try (TestServer embedded = TestServer.start()) {
      assertEquals(new JsonObject().put("status", "READY").put("database", "EMBEDDED").put("catalogRevision", 1),
          ready(embedded.client().request("GET", "/ready").send()));
    }
  }

  @Test
  void healthIsOnlyLiveness() {
    Response response = server.client().request("GET", "/health").send();

    assertEquals(200, response.status());
    assertEquals(new JsonObject().put("status", "UP"), response.json());
  }

  private static JsonObject ready(Response response) {
    assertEquals(200, response.status(), response::toString);
    return response.json();
  }
}
