package io.competency.partnermutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.support.GraphqlClient;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.TestDatabase;
import io.competency.support.TestKeys;
import io.competency.support.TestServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real server in one {@link Storage} mode (PostgreSQL on a fresh database of its own), with the
 * {@link TestKeys}: two integrators ({@code acme}, {@code globex}) and a maintainer ({@code ops}); the
 * documents the {@code evaluatePartner} tests send. Closing it stops the server and drops its database.
 */
final class PartnerServer implements AutoCloseable {
  static final String ACME = TestKeys.INTEGRATOR_SECRET;
  static final String GLOBEX = TestKeys.OTHER_INTEGRATOR_SECRET;
  static final String MAINTAINER = TestKeys.MAINTAINER_SECRET;

  /** Everything an evaluation says, its plan with what a test needs to follow it, and its notices. */
  static final String EVALUATED = """
      fragment Evaluated on Evaluation {
        id reference createdAt asOf catalogRevision
        competency { slug }
        option { slug }
        market { code }
        achievedTier { slug rank }
        nextTier { slug rank }
        tiers {
          tier { slug rank }
          met
          requirements {
            __typename
            requirement { id position }
            met required actual shortfall
            explanation { text locale fallback }
            ... on PerformanceResult {
              metrics { metric met required actual shortfall unit actualAmount }
              excludedDeployments { customerId workload activeUsers reason }
              excludedRevenue { customerId workload date amountUsd type reason }
              missingAuthorizations { code }
            }
            ... on SkillResult {
              qualifiedIndividuals { id path role }
              roles { role met required actual }
            }
          }
        }
        nextSteps {
          kind
          requirement {
            id position
            ... on PerformanceRequirement {
              eligibleWorkloads { code }
              qualifyingAssociations { code }
              metrics { metric windowMonths eligibleWorkloads { code } }
            }
          }
          metric amount unit
          authorization { code }
          individualId newIndividual role path
          anyOf { code }
          explanation { text locale fallback }
          ru: explanation(locale: "ru-RU") { text locale fallback }
          ko: explanation(locale: "ko-KR") { text locale fallback }
        }
        notices { code credential { code } message { text } }
      }
      """;

  static final String EVALUATE_PARTNER = """
      mutation EvaluatePartner($input: EvaluatePartnerInput!) {
        evaluatePartner(input: $input) {
          evaluations { ...Evaluated }
          userErrors { code message field }
          clientMutationId
        }
      }
      """ + EVALUATED;

  static final String EVALUATE = """
      mutation Evaluate($input: EvaluateInput!) {
        evaluate(input: $input) {
          evaluation { ...Evaluated }
          userErrors { code message field }
          clientMutationId
        }
      }
      """ + EVALUATED;

  static final String READ = """
      query Read($id: ID!) { evaluation(id: $id) { ...Evaluated } }
      """ + EVALUATED;

  static final String READ_NODE = """
      query ReadNode($id: ID!) { node(id: $id) { __typename ... on Evaluation { ...Evaluated } } }
      """ + EVALUATED;

  private final Storage storage;
  private final TestDatabase database;
  private TestServer server;

  private PartnerServer(Storage storage, TestDatabase database, TestServer server) {
    this.storage = storage;
    this.database = database;
    this.server = server;
  }

  /** A server in {@code storage} mode with the test keys and {@code env} on top. */
  static PartnerServer start(Storage storage, Map<String, String> env) {
    TestDatabase database = storage == Storage.POSTGRESQL ? TestDatabase.create() : null;
    try {
      return new PartnerServer(storage, database, startServer(database, env));
    } catch (RuntimeException | Error e) {
      if (database != null) {
        database.close();
      }
      throw e;
    }
  }

  static PartnerServer start(Storage storage) {
    return start(storage, Map.of());
  }

  private static TestServer startServer(TestDatabase database, Map<String, String> env) {
    Map<String, String> merged = new HashMap<>();
    if (database != null) {
      merged.put("DATABASE_URL", database.url());
    }
    merged.putAll(env);
    return TestServer.start(merged);
  }

  /** Stops the server and starts another on the same database (PostgreSQL only). */
  void restart() {
    server.close();
    server = startServer(database, Map.of());
  }

  Storage storage() {
    return storage;
  }

  /** The database, or null in memory. */
  TestDatabase database() {
    return database;
  }

  GraphqlClient client() {
    return server.client();
  }

  /** {@code evaluatePartner} with the {@link #EVALUATED} selection, sent with {@code secret} (null: no key). */
  Response evaluatePartner(String secret, Map<String, ?> input) {
    return send(EVALUATE_PARTNER, secret, input);
  }

  /** {@code evaluate} with the {@link #EVALUATED} selection, sent with {@code secret}. */
  Response evaluate(String secret, Map<String, ?> input) {
    return send(EVALUATE, secret, input);
  }

  private Response send(String document, String secret, Map<String, ?> input) {
    GraphqlClient.Operation operation = client().query(document).variables(Map.of("input", input));
    if (secret != null) {
      operation.bearer(secret);
    }
    return operation.post().assertWellFormed();
  }

  /** {@code evaluatePartner} as acme, expected to succeed: the evaluations. */
  JsonArray evaluations(Map<String, ?> input) {
    return evaluationsOf(evaluatePartner(ACME, input));
  }

  /** The evaluation {@code evaluate} made, as acme, expected to succeed. */
  JsonObject evaluation(Map<String, ?> input) {
    Response response = evaluate(ACME, input);
    assertEquals(200, response.status(), response::toString);
    assertTrue(response.errors().isEmpty(), response::toString);
    assertEquals(new JsonArray(), response.data("evaluate.userErrors"), response::toString);
    return (JsonObject) response.data("evaluate.evaluation");
  }

  /** The evaluations of a successful {@code evaluatePartner} response; fails the test on any error. */
  static JsonArray evaluationsOf(Response response) {
    assertEquals(200, response.status(), response::toString);
    assertTrue(response.errors().isEmpty(), response::toString);
    assertEquals(new JsonArray(), response.data("evaluatePartner.userErrors"), response::toString);
    return response.dataList("evaluatePartner.evaluations");
  }

  /** {@code evaluation(id)} as {@code secret} (null: no key): the evaluation, or null. */
  JsonObject read(String secret, String id) {
    GraphqlClient.Operation operation = client().query(READ).variables(Map.of("id", id));
    if (secret != null) {
      operation.bearer(secret);
    }
    Response response = operation.post().assertWellFormed();
    assertTrue(response.errors().isEmpty(), response::toString);
    return (JsonObject) response.data("evaluation");
  }

  /** Evaluations stored now (PostgreSQL only). */
  long storedEvaluations() {
    return ((Number) database.value("SELECT count(*) FROM evaluation")).longValue();
  }

  /** Sets stored now (PostgreSQL only). */
  long storedSets() {
    return ((Number) database.value("SELECT count(*) FROM evaluation_set")).longValue();
  }

  /** The user errors of a response to {@code evaluatePartner}, as (code, field) pairs. */
  static List<List<Object>> codesAndFields(Response response) {
    return response.dataList("evaluatePartner.userErrors").stream()
        .map(e -> List.<Object>of(((JsonObject) e).getString("code"), ((JsonObject) e).getJsonArray("field").getList()))
        .toList();
  }

  @Override
  public void close() {
    try {
      server.close();
    } finally {
      if (database != null) {
        database.close();
      }
    }
  }
}
