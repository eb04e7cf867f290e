package io.competency.store;

import static io.competency.maintenance.Maintenance.accepted;
import static io.competency.maintenance.Maintenance.maintain;
import static io.competency.maintenance.Maintenance.mutate;
import static io.competency.maintenance.Maintenance.platinumTier;
import static io.competency.maintenance.Maintenance.simpleTier;
import static io.competency.support.Documents.ADD_TIER;
import static io.competency.support.TestKeys.INTEGRATOR_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.competency.support.Documents;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.StallingProxy;
import io.competency.support.TestDatabase;
import io.competency.support.TestServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * When PostgreSQL hangs (connections open, nothing answered, as when its processes are stopped), every
 * call that needs it fails as {@code UNAVAILABLE} within the database timeout ({@code DB_TIMEOUT}, here
 * 1 s) instead of waiting for the database: edits, evaluations, many calls at once beyond the pool and
 * its wait queue. Catalog reads go on, and once the database answers again, so do edits.
 */
class AHungDatabaseFailsCallsInSecondsTest {
  private static TestDatabase db;
  private static StallingProxy proxy;
  private static TestServer server;

  @BeforeAll
  static void start() {
    db = TestDatabase.create();
    proxy = StallingProxy.to(db.url());
    server = TestServer.start(Map.of("DATABASE_URL", proxy.url(),
        "DB_TIMEOUT", "1", "DB_POOL_SIZE", "2", "DB_MAX_WAIT_QUEUE", "8"));
  }

  @AfterAll
  static void stop() {
    try {
      proxy.resume();
      server.close();
      proxy.close();
    } finally {
      db.close();
    }
  }

  @AfterEach
  void letTheDatabaseAnswerAgain() {
    proxy.resume();
  }

  @Test
  void anEditFailsAsUnavailable() {
    proxy.stall();

    Response response = maintain(server.client(), ADD_TIER, platinumTier()).assertWellFormed();

    assertEquals(List.of("UNAVAILABLE"), response.errorCodes(), response::toString);
    assertNull(response.data("addTier"), response::toString);
  }

  @Test
  void anEvaluationFailsAsUnavailable() {
    proxy.stall();

    Response response = mutate(server.client(), INTEGRATOR_SECRET, Documents.EVALUATE, evaluationInput()).assertWellFormed();

    assertEquals(List.of("UNAVAILABLE"), response.errorCodes(), response::toString);
  }

  @Test
  void callsBeyondThePoolAndItsQueueFailAsUnavailableToo() {
    proxy.stall();

    List<CompletableFuture<Response>> calls = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      JsonObject input = simpleTier("crowd-" + i, 200 + i);
      calls.add(CompletableFuture.supplyAsync(() -> maintain(server.client(), ADD_TIER, input)));
    }

    for (CompletableFuture<Response> call : calls) {
      Response response = call.join().assertWellFormed();
      assertEquals(List.of("UNAVAILABLE"), response.errorCodes(), response::toString);
    }
  }

  @Test
  void catalogReadsAreServedMeanwhile() {
    proxy.stall();

    Response response = server.client().query("{ competency(slug: \"cloud-productivity\") { options { tiers { slug } } } }").post();

    assertEquals(List.of(), response.errors(), response::toString);
    assertEquals("gold", response.data("competency.options.0.tiers.1.slug"));
  }

  @Test
  void editsWorkAgainOnceTheDatabaseAnswers() {
    proxy.stall();
    maintain(server.client(), ADD_TIER, simpleTier("while-hung", 300));
    proxy.resume();

    JsonObject added = accepted(maintain(server.client(), ADD_TIER, simpleTier("after-hang", 301)), "addTier");

    assertEquals("after-hang", added.getJsonObject("tier").getString("slug"));
  }

  private static JsonObject evaluationInput() {
    return new JsonObject()
        .put("competency", "cloud-productivity")
        .put("market", "DEVELOPED")
        .put("asOf", "2017-07-07")
        .put("customers", new JsonArray())
        .put("individuals", new JsonArray());
  }
}
