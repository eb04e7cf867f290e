package io.competency.evaluatemutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.support.GraphqlClient;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.TestDatabase;
import io.competency.support.TestServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real server on a fresh PostgreSQL database of its own, with two integrator keys ({@code acme},
 * {@code globex}) and a maintainer key ({@code ops}); the documents the evaluate tests send; and small
 * readers of what the database holds. Closing it stops the server and drops the database.
 */
final class EvaluationServer implements AutoCloseable {
  /** Secret of the integrator key named {@code acme}. */
  static final String ACME = "acme-secret-1";
  /** Secret of the integrator key named {@code globex}. */
  static final String GLOBEX = "globex-secret-1";
  /** Secret of the maintainer key named {@code ops}. */
  static final String MAINTAINER = "ops-secret-1";
  static final String API_KEYS = "acme:integrator:" + ACME + ",globex:integrator:" + GLOBEX + ",ops:maintainer:" + MAINTAINER;

  /** What a verdict is judged by: every field of the evaluation, every figure of every requirement, the explanations. */
  static final String VERDICT = """
      fragment Verdict on Evaluation {
        id reference createdAt asOf catalogRevision
        competency { slug }
        option { slug }
        market { code }
        achievedTier { slug }
        nextTier { slug }
        tiers {
          tier { slug }
          met
          requirements {
            __typename
            requirement { id position }
            met required actual shortfall
            explanation { text locale fallback }
            ... on PerformanceResult {
              metrics { metric met required actual shortfall }
              excludedDeployments { customerId workload activeUsers reason }
            }
            ... on SkillResult { qualifiedIndividuals { id path } }
          }
        }
      }
      """;

  static final String EVALUATE = """
      mutation Evaluate($input: EvaluateInput!) {
        evaluate(input: $input) {
          evaluation { ...Verdict }
          userErrors { code message field }
          clientMutationId
        }
      }
      """ + VERDICT;

  static final String READ = """
      query Read($id: ID!) { evaluation(id: $id) { ...Verdict } }
      """ + VERDICT;

  static final String READ_NODE = """
      query ReadNode($id: ID!) { node(id: $id) { __typename id ... on Evaluation { ...Verdict } } }
      """ + VERDICT;

  static final String ADD_WORKLOAD = """
      mutation($input: AddWorkloadInput!) { addWorkload(input: $input) { workload { code } userErrors { code message field } } }
      """;

  static final String ADD_COMPETENCY = """
      mutation($input: AddCompetencyInput!) { addCompetency(input: $input) { competency { slug } userErrors { code message field } } }
      """;

  static final String ADD_OPTION = """
      mutation($input: AddOptionInput!) { addOption(input: $input) { option { slug } userErrors { code message field } } }
      """;

  static final String ADD_TIER = """
      mutation($input: AddTierInput!) { addTier(input: $input) { tier { slug rank } userErrors { code message field } } }
      """;

  static final String REMOVE_TIER = """
      mutation($input: RemoveTierInput!) { removeTier(input: $input) { removedTierId userErrors { code message field } } }
      """;

  private final TestDatabase database;
  private final TestServer server;

  private EvaluationServer(TestDatabase database, TestServer server) {
    this.database = database;
    this.server = server;
  }

  /** A server on a new database, with the test keys. */
  static EvaluationServer start() {
    return start(Map.of());
  }

  /** A server on a new database, with the test keys and {@code env} on top. */
  static EvaluationServer start(Map<String, String> env) {
    TestDatabase database = TestDatabase.create();
    try {
      return new EvaluationServer(database, startOn(database, env));
    } catch (RuntimeException | Error e) {
      database.close();
      throw e;
    }
  }

  /** Another server on {@code database}, with the test keys and {@code env} on top. */
  static TestServer startOn(TestDatabase database, Map<String, String> env) {
    Map<String, String> merged = new HashMap<>(Map.of("DATABASE_URL", database.url(), "API_KEYS", API_KEYS));
    merged.putAll(env);
    return TestServer.start(merged);
  }

  TestServer server() {
    return server;
  }

  GraphqlClient client() {
    return server.client();
  }

  TestDatabase database() {
    return database;
  }

  /** {@code evaluate} with the {@link #VERDICT} selection, sent with {@code secret} (null: no key). */
  Response evaluate(String secret, Map<String, ?> input) {
    return evaluateOn(server, secret, input);
  }

  static Response evaluateOn(TestServer server, String secret, Map<String, ?> input) {
    GraphqlClient.Operation operation = server.client().query(EVALUATE).variables(Map.of("input", input));
    if (secret != null) {
      operation.bearer(secret);
    }
    return operation.post().assertWellFormed();
  }

  /** {@code evaluate} as {@code acme}, expected to succeed: the evaluation. */
  JsonObject evaluation(Map<String, ?> input) {
    return evaluationOf(evaluate(ACME, input));
  }

  /** The evaluation of a successful {@code evaluate} response; fails the test on any error. */
  static JsonObject evaluationOf(Response response) {
    assertEquals(200, response.status(), response::toString);
    assertTrue(response.errors().isEmpty(), response::toString);
    assertEquals(new JsonArray(), response.data("evaluate.userErrors"), response::toString);
    Object evaluation = response.data("evaluate.evaluation");
    assertTrue(evaluation instanceof JsonObject, response::toString);
    return (JsonObject) evaluation;
  }

  /** A maintenance mutation sent with the maintainer key; fails the test unless it applied cleanly. */
  Response maintain(String document, Map<String, ?> input) {
    Response response = client().query(document).variables(Map.of("input", input)).bearer(MAINTAINER).post().assertWellFormed();
    assertEquals(200, response.status(), response::toString);
    assertTrue(response.errors().isEmpty(), response::toString);
    JsonObject data = response.json().getJsonObject("data");
    JsonObject payload = data.getJsonObject(data.fieldNames().iterator().next());
    assertEquals(new JsonArray(), payload.getJsonArray("userErrors"), response::toString);
    return response;
  }

  /** The catalog revision being served. */
  int revision() {
    return (Integer) client().query("{ catalog { revision } }").post().data("catalog.revision");
  }

  /** Rows in the evaluation table. */
  long storedEvaluations() {
    return ((Number) database.value("SELECT count(*) FROM evaluation")).longValue();
  }

  /** Localized text input: {@code texts("en-US", "Platinum", "ru-RU", "Платиновый")}. */
  static List<Map<String, String>> texts(String... localesAndTexts) {
    List<Map<String, String>> out = new java.util.ArrayList<>();
    for (int i = 0; i < localesAndTexts.length; i += 2) {
      out.add(Map.of("locale", localesAndTexts[i], "text", localesAndTexts[i + 1]));
    }
    return out;
  }

  @Override
  public void close() {
    try {
      server.close();
    } finally {
      database.close();
    }
  }
}
