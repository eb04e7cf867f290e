package io.competency.maintenance;

import static io.competency.maintenance.Maintenance.COMPETENCY;
import static io.competency.maintenance.Maintenance.OPTION;
import static io.competency.maintenance.Maintenance.accepted;
import static io.competency.maintenance.Maintenance.maintain;
import static io.competency.maintenance.Maintenance.mutate;
import static io.competency.maintenance.Maintenance.platinumTier;
import static io.competency.maintenance.Maintenance.rejection;
import static io.competency.maintenance.Maintenance.rejections;
import static io.competency.maintenance.Maintenance.revision;
import static io.competency.maintenance.Maintenance.texts;
import static io.competency.maintenance.Maintenance.tierId;
import static io.competency.support.Documents.ADD_COMPETENCY;
import static io.competency.support.Documents.ADD_CREDENTIAL;
import static io.competency.support.Documents.ADD_OPTION;
import static io.competency.support.Documents.ADD_TIER;
import static io.competency.support.Documents.ADD_WORKLOAD;
import static io.competency.support.Documents.REMOVE_TIER;
import static io.competency.support.Documents.SET_TRANSLATION;
import static io.competency.support.Documents.UPDATE_TIER;
import static io.competency.support.TestKeys.INTEGRATOR_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.competency.access.Role;
import io.competency.store.Database;
import io.competency.store.PgApiKeys;
import io.competency.support.Documents;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.ServerOnFreshDatabase;
import io.competency.support.TestKeys;
import io.competency.support.TestServer;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every maintenance mutation needs a maintainer key: without a key, or with an unknown or revoked one,
 * it is 401 UNAUTHENTICATED; with an integrator key, 403 FORBIDDEN. Either way nothing runs: the
 * inputs below are all valid (a maintainer key applies every one of them), yet nothing is written and
 * the revision stays. Keys come from {@code API_KEYS} and from the key table.
 */
class MaintenanceAuthTest {
  @RegisterExtension
  static final ServerOnFreshDatabase server = new ServerOnFreshDatabase();
  private static Vertx vertx;
  private static Pool pool;
  private static PgApiKeys keys;
  private static String revokedSecret;

  /** One maintenance mutation with an input a maintainer key would have applied. */
  private record Mutation(String field, String document, JsonObject input) {
    @Override
    public String toString() {
      return field;
    }
  }

  /** Who calls: the {@code Authorization} header's secret (null: no header) and what the server must answer. */
  private record Caller(String description, int status, String code) {
    @Override
    public String toString() {
      return description;
    }
  }

  private static final Caller NO_KEY = new Caller("no key", 401, "UNAUTHENTICATED");
  private static final Caller UNKNOWN_KEY = new Caller("unknown key", 401, "UNAUTHENTICATED");
  private static final Caller REVOKED_KEY = new Caller("revoked key from the key table", 401, "UNAUTHENTICATED");
  private static final Caller INTEGRATOR_KEY = new Caller("integrator key", 403, "FORBIDDEN");

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    pool = PgBuilder.pool().connectingTo(Database.options(server.db().url())).using(vertx).build();
    keys = new PgApiKeys(pool);
    revokedSecret = keys.create("retired-maintainer", Role.MAINTAINER).await().secret();
    keys.revoke("retired-maintainer").await();
  }

  @AfterAll
  static void stop() {
    pool.close().await();
    vertx.close().await();
  }

  static List<Mutation> mutations() {
    return List.of(
        new Mutation("addTier", ADD_TIER, platinumTier()),
        new Mutation("updateTier", UPDATE_TIER, tier("silver").put("name", texts("en-US", "Silver", "ko-KR", "실버"))),
        new Mutation("removeTier", REMOVE_TIER, tier("gold")),
        new Mutation("addCompetency", ADD_COMPETENCY, new JsonObject().put("slug", "cloud-security").put("name", texts("en-US", "Cloud Security"))),
        new Mutation("addOption", ADD_OPTION, new JsonObject().put("competency", COMPETENCY).put("slug", "project-and-consult")
            .put("name", texts("en-US", "Project and Consult"))),
        new Mutation("addCredential", ADD_CREDENTIAL, new JsonObject().put("code", "MS-100").put("kind", "EXAM")
            .put("title", texts("en-US", "Exam MS-100"))),
        new Mutation("addWorkload", ADD_WORKLOAD, new JsonObject().put("code", "TEAMS").put("name", texts("en-US", "Microsoft Teams"))),
        new Mutation("setTranslation", SET_TRANSLATION, new JsonObject().put("node", tierId("silver")).put("field", "name")
            .put("locale", "ko-KR").put("text", "실버 등급")));
  }

  static Stream<Arguments> refusedCalls() {
    List<Arguments> rows = new ArrayList<>();
    for (Mutation mutation : mutations()) {
      for (Caller caller : List.of(NO_KEY, UNKNOWN_KEY, REVOKED_KEY, INTEGRATOR_KEY)) {
        rows.add(Arguments.argumentSet(mutation + " with " + caller, mutation, caller));
      }
    }
    return rows.stream();
  }

  @ParameterizedTest
  @MethodSource("refusedCalls")
  void aCallWithoutAMaintainerKeyIsRefusedBeforeAnythingRuns(Mutation mutation, Caller caller) {
    int revision = revision(server.client());
    long changes = (Long) server.db().value("SELECT count(*) FROM catalog_change");
    Response response = mutate(server.client(), secretOf(caller), mutation.document(), mutation.input());
    assertEquals(caller.status(), response.status(), response::toString);
    assertEquals(List.of(caller.code()), response.errorCodes(), response::toString);
    assertNull(response.json().getValue("data"), response::toString);
    if (caller.status() == 401) {
      assertEquals("Bearer", response.header("WWW-Authenticate"));
    }
    assertEquals(revision, revision(server.client()));
    assertEquals(changes, server.db().value("SELECT count(*) FROM catalog_change"));
    assertEquals(1, server.db().value("SELECT revision FROM catalog_state"));
  }

  @Test
  void aKeyFromTheKeyTableWorksUntilItIsRevokedAndStopsAtOnce() {
    String secret = keys.create("night-shift", Role.MAINTAINER).await().secret();
    JsonObject harmless = new JsonObject().put("competency", "no-such-competency").put("option", OPTION).put("slug", "silver");
    Response allowed = mutate(server.client(), secret, REMOVE_TIER, harmless);
    assertEquals(List.of(rejection("UNKNOWN_COMPETENCY", "input", "competency")), rejections(allowed, "removeTier", "removedTierId"),
        "the key authenticated and was authorized: the edit ran and found its input wrong");
    keys.revoke("night-shift").await();
    Response refused = mutate(server.client(), secret, REMOVE_TIER, harmless);
    assertEquals(401, refused.status(), refused::toString);
    assertEquals(List.of("UNAUTHENTICATED"), refused.errorCodes());
  }

  @Test
  void anIntegratorKeyFromTheKeyTableIsForbiddenToo() {
    String secret = keys.create("table-integrator", Role.INTEGRATOR).await().secret();
    Response response = mutate(server.client(), secret, ADD_WORKLOAD, new JsonObject().put("code", "VIVA").put("name", texts("en-US", "Viva")));
    assertEquals(403, response.status(), response::toString);
    assertEquals(List.of("FORBIDDEN"), response.errorCodes());
    assertEquals(1, revision(server.client()));
  }

  @Test
  void aMalformedAuthorizationHeaderIsUnauthenticated() {
    Response response = server.client().query(ADD_TIER).variables(Map.of("input", platinumTier()))
        .header("Authorization", "Basic " + TestKeys.MAINTAINER_SECRET).post().assertWellFormed();
    assertEquals(401, response.status(), response::toString);
    assertEquals(List.of("UNAUTHENTICATED"), response.errorCodes());
  }

  /** The control: the very same inputs are applied with a maintainer key, so the refusals above were about the key. */
  @Test
  void theSameInputsAreAppliedWithAMaintainerKey() {
    try (TestServer embedded = TestServer.start()) {
      for (Mutation mutation : mutations()) {
        accepted(maintain(embedded.client(), mutation.document(), mutation.input()), mutation.field());
      }
      assertEquals(1 + mutations().size(), revision(embedded.client()));
    }
  }

  private static String secretOf(Caller caller) {
    if (caller == NO_KEY) {
      return null;
    }
    if (caller == UNKNOWN_KEY) {
      return "no-such-key-0000";
    }
    if (caller == REVOKED_KEY) {
      return revokedSecret;
    }
    return INTEGRATOR_SECRET;
  }

  private static JsonObject tier(String slug) {
    return new JsonObject().put("competency", COMPETENCY).put("option", OPTION).put("slug", slug);
  }
}
