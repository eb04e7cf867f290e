package io.competency.store;

import static io.competency.maintenance.Maintenance.revision;
import static io.competency.maintenance.Maintenance.texts;
import static io.competency.maintenance.Maintenance.tierId;
import static io.competency.support.TestKeys.INTEGRATOR_SECRET;
import static io.competency.support.TestKeys.MAINTAINER_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.competency.maintenance.Maintenance;
import io.competency.support.Documents;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.GraphqlClient;
import io.competency.support.ServerOnFreshDatabase;
import io.competency.support.TestKeys;
import io.competency.support.TestServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input that no store could keep — a NUL character in any string, a string over its length limit — is
 * the client's {@code userErrors} entry naming the field, never an outage, and nothing is stored; the
 * in-memory and PostgreSQL modes answer exactly alike. Rows: mutation, the input's one bad value, the
 * expected {@code code @ field}.
 */
class InputNoStoreCanKeepIsAUserErrorTest {
  private static final String NUL = "\u0000";

  @RegisterExtension
  static final ServerOnFreshDatabase fixture = new ServerOnFreshDatabase();
  private static TestServer memory;
  private static TestServer postgres;

  @BeforeAll
  static void start() {
    memory = TestServer.start();
    postgres = fixture.server();
  }

  @AfterAll
  static void stop() {
    memory.close();
  }

  private static JsonObject evaluation(String clientMutationId) {
    return new JsonObject().put("competency", "cloud-productivity").put("market", "DEVELOPED").put("asOf", "2017-07-07")
        .put("reference", "partner 42")
        .put("customers", new JsonArray().add(new JsonObject().put("id", "contoso").put("associations", new JsonArray().add("DELEGATED_ADMIN"))
            .put("deployments", new JsonArray().add(new JsonObject().put("workload", "EXCHANGE_ONLINE").put("activeUsers", 2000)))))
        .put("individuals", new JsonArray().add(new JsonObject().put("id", "alice").put("credentials", new JsonArray().add("MCSA-OFFICE-365"))))
        .put("clientMutationId", clientMutationId);
  }

  static Stream<Arguments> evaluations() {
    return Stream.of(
        argumentSet("a NUL in the reference", "reference", "partner" + NUL + "42", "INVALID_CHARACTER", List.of("reference")),
        argumentSet("a NUL in a customer id", "customers.0.id", "con" + NUL + "toso", "INVALID_CHARACTER", List.of("customers", "0", "id")),
        argumentSet("a NUL in an individual id", "individuals.0.id", NUL, "INVALID_CHARACTER", List.of("individuals", "0", "id")),
        argumentSet("a NUL in the clientMutationId", "clientMutationId", "retry" + NUL, "INVALID_CHARACTER", List.of("clientMutationId")),
        argumentSet("a clientMutationId of 1,000,000 characters", "clientMutationId", "r".repeat(1_000_000), "TOO_LONG", List.of("clientMutationId")),
        argumentSet("a reference of 501 characters", "reference", "r".repeat(StorableInput.MAX_STRING + 1), "TOO_LONG", List.of("reference")));
  }

  @ParameterizedTest
  @MethodSource("evaluations")
  void anEvaluationIsRefusedAlikeInBothModesAndNothingIsKept(String dottedPath, String value, String code, List<String> field) {
    String clientMutationId = "unstorable-" + dottedPath + "-" + value.length();
    long storedBefore = storedEvaluations();
    for (TestServer server : List.of(memory, postgres)) {
      JsonObject input = Maintenance.with(evaluation(clientMutationId), dottedPath, value);
      Response response = send(server.client(), Documents.EVALUATE, INTEGRATOR_SECRET, input);
      assertEquals(List.of(error(code, field)), userErrors(response, "evaluate", "evaluation"), () -> server.config().databaseUrl() + ": " + response);

      Response valid = send(server.client(), Documents.EVALUATE, INTEGRATOR_SECRET, evaluation(clientMutationId));
      assertEquals(List.of(), valid.dataList("evaluate.userErrors").getList(), "the clientMutationId was kept: " + valid);
      assertNotNull(valid.data("evaluate.evaluation.id"), valid::toString);
    }
    assertEquals(storedBefore + 1, storedEvaluations(), "only the valid evaluation is stored");
  }

  static Stream<Arguments> edits() {
    JsonObject platinum = Maintenance.platinumTier();
    return Stream.of(
        argumentSet("a NUL in a tier's name", Documents.ADD_TIER, "addTier", "tier",
            Maintenance.with(platinum, "name.0.text", "Plati" + NUL + "num"), "INVALID_CHARACTER", List.of("name", "0", "text")),
        argumentSet("a requirement title of 10,001 characters", Documents.ADD_TIER, "addTier", "tier",
            Maintenance.with(platinum, "requirements.1.skill.title.0.text", "t".repeat(StorableInput.MAX_TEXT + 1)), "TOO_LONG",
            List.of("requirements", "1", "skill", "title", "0", "text")),
        argumentSet("a NUL in a workload code", Documents.ADD_WORKLOAD, "addWorkload", "workload",
            new JsonObject().put("code", "TEAMS" + NUL).put("name", texts("en-US", "Teams")), "INVALID_CHARACTER", List.of("code")),
        argumentSet("a competency slug of 501 characters", Documents.ADD_COMPETENCY, "addCompetency", "competency",
            new JsonObject().put("slug", "s".repeat(StorableInput.MAX_STRING + 1)).put("name", texts("en-US", "Long")), "TOO_LONG",
            List.of("slug")),
        argumentSet("a NUL in a translation", Documents.SET_TRANSLATION, "setTranslation", "node",
            new JsonObject().put("node", tierId("gold")).put("field", "name").put("locale", "ko-KR").put("text", "골드" + NUL),
            "INVALID_CHARACTER", List.of("text")),
        argumentSet("a clientMutationId of 1,000,000 characters", Documents.ADD_WORKLOAD, "addWorkload", "workload",
            new JsonObject().put("code", "TEAMS").put("name", texts("en-US", "Teams")).put("clientMutationId", "r".repeat(1_000_000)),
            "TOO_LONG", List.of("clientMutationId")));
  }

  @ParameterizedTest
  @MethodSource("edits")
  void anEditIsRefusedAlikeInBothModesAndNothingIsWritten(String document, String mutation, String resultField, JsonObject input,
      String code, List<String> field) {
    long changesBefore = ((Number) fixture.db().value("SELECT count(*) FROM catalog_change")).longValue();
    for (TestServer server : List.of(memory, postgres)) {
      int revision = revision(server.client());
      Response response = send(server.client(), document, MAINTAINER_SECRET, input);
      assertEquals(List.of(error(code, field)), userErrors(response, mutation, resultField),
          () -> server.config().databaseUrl() + ": " + response);
      assertEquals(revision, revision(server.client()), "a revision was made");
    }
    assertEquals(changesBefore, ((Number) fixture.db().value("SELECT count(*) FROM catalog_change")).longValue(), "a change was written");
  }

  private static Response send(GraphqlClient client, String document, String secret, JsonObject input) {
    return client.query(document).variables(Map.of("input", input)).bearer(secret).post().assertWellFormed();
  }

  /** The user errors as {@code code @ field} lines, after checking there is no top-level error and no result. */
  private static List<String> userErrors(Response response, String mutation, String resultField) {
    assertEquals(200, response.status(), response::toString);
    assertEquals(List.of(), response.errors(), response::toString);
    assertNull(response.data(mutation + "." + resultField), response::toString);
    return response.dataList(mutation + ".userErrors").stream()
        .map(e -> (JsonObject) e)
        .peek(e -> assertTrue(!e.getString("message").isBlank(), e::encode))
        .map(e -> e.getString("code") + " @ " + e.getJsonArray("field").encode())
        .toList();
  }

  private static String error(String code, List<String> field) {
    JsonArray path = new JsonArray().add("input");
    field.forEach(path::add);
    return code + " @ " + path.encode();
  }

  private static long storedEvaluations() {
    return ((Number) fixture.db().value("SELECT count(*) FROM evaluation")).longValue();
  }
}
