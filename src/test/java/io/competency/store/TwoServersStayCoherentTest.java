package io.competency.store;

import static io.competency.maintenance.Maintenance.COMPETENCY;
import static io.competency.maintenance.Maintenance.OPTION;
import static io.competency.maintenance.Maintenance.accepted;
import static io.competency.maintenance.Maintenance.maintain;
import static io.competency.maintenance.Maintenance.platinumTier;
import static io.competency.maintenance.Maintenance.revision;
import static io.competency.maintenance.Maintenance.simpleTier;
import static io.competency.maintenance.Maintenance.texts;
import static io.competency.maintenance.Maintenance.tier;
import static io.competency.support.Documents.ADD_TIER;
import static io.competency.support.Documents.ADD_WORKLOAD;
import static io.competency.support.Documents.REMOVE_TIER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import io.competency.support.GraphqlClient;
import io.competency.support.ServerOnFreshDatabase;
import io.competency.support.TestDatabase;
import io.competency.support.TestServer;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two servers on one database serve the same catalog: a change committed through one is served by
 * the other moments later (it learns of it through LISTEN/NOTIFY, not by polling the database), at the
 * same revision, and edits through both at once are all kept.
 */
class TwoServersStayCoherentTest {
  private static final Duration PATIENCE = Duration.ofSeconds(10);

  @RegisterExtension
  static final ServerOnFreshDatabase fixture = new ServerOnFreshDatabase(Map.of("DB_TIMEOUT", "60"));
  private static TestServer a;
  private static TestServer b;

  @BeforeAll
  static void start() {
    a = fixture.server();
    b = fixture.startAnother(Map.of());
  }

  @Test
  void aTierAddedThroughOneServerIsServedByTheOtherAtTheSameRevision() {
    assertNull(tier(b.client(), "platinum"));
    JsonObject added = accepted(maintain(a.client(), ADD_TIER, platinumTier()), "addTier").getJsonObject("tier");
    eventually("server B serves the platinum tier", () -> tier(b.client(), "platinum") != null);
    assertEquals(added, tier(b.client(), "platinum"));
    eventually("server B serves A's revision", () -> revision(b.client()) == revision(a.client()));
    String info = "{ catalog { revision updatedAt locales } }";
    assertEquals(a.client().query(info).post().data("catalog"), b.client().query(info).post().data("catalog"));
  }

  @Test
  void aTierRemovedThroughTheOtherServerDisappearsFromTheFirst() {
    accepted(maintain(b.client(), ADD_TIER, simpleTier("fleeting", 50)), "addTier");
    eventually("server A serves the tier B added", () -> tier(a.client(), "fleeting") != null);
    JsonObject address = new JsonObject().put("competency", COMPETENCY).put("option", OPTION).put("slug", "fleeting");
    accepted(maintain(a.client(), REMOVE_TIER, address), "removeTier");
    eventually("server B no longer serves the tier A removed", () -> tier(b.client(), "fleeting") == null);
    eventually("both serve one revision", () -> revision(b.client()) == revision(a.client()));
  }

  @Test
  void editsThroughBothServersAtOnceAreAllKept() {
    int before = (Integer) fixture.db().value("SELECT revision FROM catalog_state");
    List<CompletableFuture<Void>> edits = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      GraphqlClient client = (i % 2 == 0 ? a : b).client();
      JsonObject input = new JsonObject().put("code", "CONCURRENT_" + i).put("name", texts("en-US", "Concurrent " + i));
      edits.add(CompletableFuture.runAsync(() -> accepted(maintain(client, ADD_WORKLOAD, input), "addWorkload")));
    }
    edits.forEach(CompletableFuture::join);
    Set<String> expected = new HashSet<>(IntStream.range(0, 16).mapToObj(i -> "CONCURRENT_" + i).toList());
    for (TestServer server : List.of(a, b)) {
      eventually("every workload is served by " + server.baseUrl(), () -> workloads(server.client()).containsAll(expected));
    }
    assertEquals(before + 16, fixture.db().value("SELECT revision FROM catalog_state"));
    assertEquals(16L, fixture.db().value("SELECT count(*) FROM catalog_change WHERE revision > $1 AND action = 'addWorkload'", before));
    eventually("both serve the last revision", () -> revision(a.client()) == before + 16 && revision(b.client()) == before + 16);
  }

  @Test
  void serversStartingAtOnceOnAnEmptyDatabaseImportTheBundledCatalogOnce() {
    try (TestDatabase empty = TestDatabase.empty()) {
      List<CompletableFuture<TestServer>> starting = IntStream.range(0, 3)
          .mapToObj(i -> CompletableFuture.supplyAsync(() -> TestServer.start(Map.of("DATABASE_URL", empty.url()))))
          .toList();
      try {
        List<TestServer> servers = starting.stream().map(CompletableFuture::join).toList();
        assertEquals(List.of(new JsonObject().put("revision", 1).put("action", "import")),
            empty.rows("SELECT revision, action FROM catalog_change"));
        for (TestServer server : servers) {
          assertEquals(1, revision(server.client()));
          assertNotNull(tier(server.client(), "gold"));
        }
      } finally {
        starting.forEach(s -> s.thenAccept(TestServer::close).exceptionally(e -> null).join());
      }
    }
  }

  private static Set<String> workloads(GraphqlClient client) {
    Set<String> codes = new HashSet<>();
    client.query("{ workloads { code } }").post().dataList("workloads").forEach(w -> codes.add(((JsonObject) w).getString("code")));
    return codes;
  }

  private static void eventually(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        fail("not within " + PATIENCE.toSeconds() + " s: " + what);
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
