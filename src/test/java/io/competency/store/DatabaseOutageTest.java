package io.competency.store;

import static io.competency.maintenance.Maintenance.accepted;
import static io.competency.maintenance.Maintenance.maintain;
import static io.competency.maintenance.Maintenance.mutate;
import static io.competency.maintenance.Maintenance.platinumTier;
import static io.competency.maintenance.Maintenance.revision;
import static io.competency.maintenance.Maintenance.simpleTier;
import static io.competency.maintenance.Maintenance.tier;
import static io.competency.support.Documents.ADD_TIER;
import static io.competency.support.TestKeys.INTEGRATOR_SECRET;
import static io.competency.support.TestKeys.MAINTAINER_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.competency.access.Role;
import io.competency.support.Documents;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.ServerOnFreshDatabase;
import io.competency.support.TestKeys;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * While the server's database refuses connections, catalog reads go on from the snapshot; edits,
 * evaluations, the audit trail and keys from the key table fail as unavailable (and only they: it is
 * the one fault that says "retry later") with nothing written; {@code /ready} says so; and once the
 * database is back, edits work again without a restart.
 */
class DatabaseOutageTest {
  @RegisterExtension
  static final ServerOnFreshDatabase server = new ServerOnFreshDatabase();
  private static Vertx vertx;
  private static Pool admin;
  private static String name;
  private static String tableKey;
  private int revisionBefore;

  @BeforeAll
  static void start() {
    PgConnectOptions options = Database.options(server.db().url());
    name = options.getDatabase();
    vertx = Vertx.vertx();
    admin = PgBuilder.pool().connectingTo(new PgConnectOptions(options).setDatabase("postgres")).using(vertx).build();
    Pool pool = PgBuilder.pool().connectingTo(options).using(vertx).build();
    try {
      tableKey = new PgApiKeys(pool).create("table-maintainer", Role.MAINTAINER).await().secret();
    } finally {
      pool.close().await();
    }
  }

  @AfterAll
  static void stop() {
    restore();
    admin.close().await();
    vertx.close().await();
  }

  @BeforeEach
  void cutTheDatabaseOff() {
    revisionBefore = revision(server.client());
    admin.query("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false").execute().await();
    admin.preparedQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()")
        .execute(io.vertx.sqlclient.Tuple.of(name)).await();
  }

  @AfterEach
  void bringItBack() {
    restore();
  }

  private static void restore() {
    admin.query("ALTER DATABASE " + name + " ALLOW_CONNECTIONS true").execute().await();
  }

  @Test
  void catalogReadsAreStillServed() {
    Response response = server.client().query("{ catalog { revision } competency(slug: \"cloud-productivity\") { options { tiers { slug } } } }")
        .post().assertWellFormed();
    assertEquals(200, response.status(), response::toString);
    assertEquals(List.of(), response.errors());
    assertEquals(revisionBefore, response.data("catalog.revision"));
    assertEquals("gold", response.data("competency.options.0.tiers.1.slug"));
  }

  @Test
  void anEditFailsAsUnavailableAndNothingIsWritten() {
    Response response = maintain(server.client(), ADD_TIER, platinumTier());
    assertEquals(List.of("UNAVAILABLE"), response.errorCodes(), response::toString);
    assertNull(response.data("addTier"), response::toString);
    assertEquals(revisionBefore, revision(server.client()));
    restore();
    assertEquals(0L, server.db().value("SELECT count(*) FROM tier WHERE slug = 'platinum'"));
    assertEquals(revisionBefore, server.db().value("SELECT revision FROM catalog_state"));
  }

  @Test
  void anEvaluationFailsAsUnavailableAndNothingIsStored() {
    Map<String, Object> input = Map.of("competency", "cloud-productivity", "market", "DEVELOPED", "customers", List.of(),
        "individuals", List.of(), "clientMutationId", "during-the-outage");
    Response response = server.client().query(Documents.EVALUATE).variables(Map.of("input", input)).bearer(INTEGRATOR_SECRET).post().assertWellFormed();
    assertEquals(List.of("UNAVAILABLE"), response.errorCodes(), response::toString);
    assertNull(response.data("evaluate"), response::toString);
    restore();
    assertEquals(0L, server.db().value("SELECT count(*) FROM evaluation"));
  }

  @Test
  void theAuditTrailFailsAsUnavailable() {
    Response response = server.client().query("{ catalogChanges(first: 5) { revision } }").bearer(MAINTAINER_SECRET).post().assertWellFormed();
    assertEquals(List.of("UNAVAILABLE"), response.errorCodes(), response::toString);
  }

  @Test
  void aKeyFromTheKeyTableCannotBeCheckedAndTheCallIsRefusedAs503() {
    Response response = mutate(server.client(), tableKey, ADD_TIER, platinumTier());
    assertEquals(503, response.status(), response::toString);
    assertEquals(List.of("UNAVAILABLE"), response.errorCodes());
  }

  @Test
  void readinessReportsTheDatabaseUnreachable() {
    Response response = server.client().request("GET", "/ready").send();
    assertEquals(503, response.status(), response::toString);
    assertEquals(new JsonObject().put("status", "UNAVAILABLE").put("reason", "database unreachable").put("database", "UNREACHABLE")
        .put("catalogRevision", revisionBefore),
        response.json());
  }

  @Test
  void editsWorkAgainOnceTheDatabaseIsBack() {
    maintain(server.client(), ADD_TIER, simpleTier("before-recovery", 90));
    restore();
    JsonObject added = accepted(maintain(server.client(), ADD_TIER, simpleTier("after-recovery", 91)), "addTier");
    assertEquals("after-recovery", added.getJsonObject("tier").getString("slug"));
    assertNotNull(tier(server.client(), "after-recovery"));
    assertNull(tier(server.client(), "before-recovery"));
    assertEquals(200, server.client().request("GET", "/ready").send().status());
  }
}
