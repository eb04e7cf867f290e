package io.competency.evaluatemutation;

import static io.competency.evaluatemutation.Integrator.storedEvaluations;
import static io.competency.support.TestKeys.INTEGRATOR_SECRET;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.support.GraphqlClient.Response;
import io.competency.support.GraphqlClient;
import io.competency.support.ServerOnFreshDatabase;
import io.competency.support.TestServer;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A large partner (20,000 customers with 100,000 deployments, 1,000 individuals) is evaluated in one
 * request, sent as variables, with the figures right; a body above {@code MAX_BODY_BYTES} is refused
 * with 413 before anything runs. No timing is asserted: the benchmark measures time.
 */
class LargeEvaluationTest {
  private static final String[] WORKLOADS = {"EXCHANGE_ONLINE", "SHAREPOINT_ONLINE", "SKYPE_FOR_BUSINESS", "YAMMER", "PROPLUS"};
  private static final String[] ASSOCIATIONS = {"DELEGATED_ADMIN", "TRANSACTING_PARTNER", "DIGITAL_PARTNER_OF_RECORD", "FAST_TRACK_PARTNER"};
  private static final int SMALL_BODY_LIMIT = 1024 * 1024;

  private static final String EVALUATE = """
      mutation Evaluate($input: EvaluateInput!) {
        evaluate(input: $input) { evaluation { ...Figures } userErrors { code message field } }
      }
      """ + figures();

  private static final String READ = """
      query Read($id: ID!) { evaluation(id: $id) { ...Figures } }
      """ + figures();

  @RegisterExtension
  static final ServerOnFreshDatabase server = new ServerOnFreshDatabase();
  /** A second server on the same database that accepts bodies of at most 1 MiB. */
  private static TestServer smallBodies;

  @BeforeAll
  static void startTheSecondServer() {
    smallBodies = server.startAnother(Map.of("MAX_BODY_BYTES", String.valueOf(SMALL_BODY_LIMIT)));
  }

  private static String figures() {
    return """
        fragment Figures on Evaluation {
          id achievedTier { slug } nextTier { slug }
          tiers {
            tier { slug } met
            requirements {
              __typename met required actual shortfall
              ... on PerformanceResult { excludedDeployments { reason } }
              ... on SkillResult { qualifiedIndividuals { path } }
            }
          }
        }
        """;
  }

  @Test
  void twentyThousandCustomersWithAHundredThousandDeploymentsAreEvaluatedWithTheRightFigures() {
    Partners partners = new Partners(20_000, 1_000);
    byte[] body = partners.body(EVALUATE);

    Response response = post(server.client(), body);

    assertEquals(200, response.status(), () -> abbreviated(response));
    assertTrue(response.errors().isEmpty(), () -> abbreviated(response));
    assertEquals(new JsonArray(), response.data("evaluate.userErrors"), () -> abbreviated(response));
    JsonObject evaluation = (JsonObject) response.data("evaluate.evaluation");
    assertFigures(partners, evaluation);
    JsonObject readBack = read(evaluation.getString("id"));
    assertEquals(evaluation, readBack, "read back from the database");
  }

  private static void assertFigures(Partners partners, JsonObject evaluation) {
    assertAll(
        () -> assertEquals("gold", Response.at(evaluation, "achievedTier.slug")),
        () -> assertEquals(partners.counted, Response.at(evaluation, "tiers.0.requirements.0.actual")),
        () -> assertEquals(partners.counted, Response.at(evaluation, "tiers.1.requirements.0.actual")),
        () -> assertEquals(partners.excludedByReason, reasons(evaluation, "tiers.0.requirements.0.excludedDeployments")),
        () -> assertEquals(partners.excludedByReason, reasons(evaluation, "tiers.1.requirements.0.excludedDeployments")),
        () -> assertEquals(partners.qualifiedByPath, paths(evaluation, "tiers.0.requirements.1.qualifiedIndividuals")),
        () -> assertEquals(partners.qualifiedByPath, paths(evaluation, "tiers.1.requirements.1.qualifiedIndividuals")),
        () -> assertEquals(partners.qualifiedByPath.values().stream().mapToInt(Integer::intValue).sum(),
            Response.at(evaluation, "tiers.1.requirements.1.actual")));
  }

  @Test
  void aBodyAboveTheLimitIs413AndNothingIsStored() {
    long stored = storedEvaluations(server.db());
    Partners partners = new Partners(4_000, 10);
    byte[] body = partners.body(EVALUATE);
    assertTrue(body.length > SMALL_BODY_LIMIT, "the body must exceed the limit: " + body.length);

    Response response = post(smallBodies.client(), body);

    assertEquals(413, response.status(), () -> abbreviated(response));
    assertEquals(List.of("PAYLOAD_TOO_LARGE"), response.assertWellFormed().errorCodes());
    assertEquals(stored, storedEvaluations(server.db()), "an evaluation was stored");
    Partners small = new Partners(10, 10);
    Response afterwards = post(smallBodies.client(), small.body(EVALUATE));
    assertEquals(small.counted, afterwards.data("evaluate.evaluation.tiers.0.requirements.0.actual"), () -> abbreviated(afterwards));
  }

  private static Response post(GraphqlClient client, byte[] body) {
    return client.request("POST", "/graphql")
        .header("Authorization", "Bearer " + INTEGRATOR_SECRET)
        .body("application/json", body)
        .timeout(Duration.ofMinutes(3))
        .send();
  }

  private static JsonObject read(String id) {
    Response response = server.client().request("POST", "/graphql")
        .header("Authorization", "Bearer " + INTEGRATOR_SECRET)
        .body("application/json", new JsonObject().put("query", READ).put("variables", new JsonObject().put("id", id)).encode())
        .timeout(Duration.ofMinutes(3))
        .send();
    assertTrue(response.errors().isEmpty(), () -> abbreviated(response));
    return (JsonObject) response.data("evaluation");
  }

  private static Map<String, Integer> reasons(JsonObject evaluation, String path) {
    Map<String, Integer> out = new TreeMap<>();
    ((JsonArray) Response.at(evaluation, path)).forEach(e -> out.merge(((JsonObject) e).getString("reason"), 1, Integer::sum));
    return out;
  }

  private static Map<Integer, Integer> paths(JsonObject evaluation, String path) {
    Map<Integer, Integer> out = new TreeMap<>();
    ((JsonArray) Response.at(evaluation, path)).forEach(e -> out.merge(((JsonObject) e).getInteger("path"), 1, Integer::sum));
    return out;
  }

  private static String abbreviated(Response response) {
    String text = response.toString();
    return text.length() <= 2000 ? text : text.substring(0, 2000) + "…";
  }

  /**
   * Generated partner data in the developed market, and the figures it must produce, worked out as the
   * page defines them. Customer {@code i} has five deployments (one per eligible workload) of
   * {@code 1 + (5i + w) mod 97} active users; every 100th customer (i mod 100 = 99) has no association,
   * the others one of the four qualifying ones in turn; the ProPlus deployment of every 50th customer
   * (i mod 50 = 0) is a trial. Individual {@code j} passes both exams (j mod 3 = 0), holds the MCSA
   * (j mod 3 = 1) or passed only 70-346 (j mod 3 = 2).
   */
  static final class Partners {
    final int customers;
    final int individuals;
    int counted;
    final Map<String, Integer> excludedByReason = new TreeMap<>();
    final Map<Integer, Integer> qualifiedByPath = new TreeMap<>();

    Partners(int customers, int individuals) {
      this.customers = customers;
      this.individuals = individuals;
      for (int i = 0; i < customers; i++) {
        for (int w = 0; w < WORKLOADS.length; w++) {
          String reason = unassociated(i) ? "NO_QUALIFYING_ASSOCIATION" : trial(i, w) ? "TRIAL" : null;
          if (reason == null) {
            counted += activeUsers(i, w);
          } else {
            excludedByReason.merge(reason, 1, Integer::sum);
          }
        }
      }
      for (int j = 0; j < individuals; j++) {
        if (j % 3 != 2) {
          qualifiedByPath.merge(j % 3, 1, Integer::sum);
        }
      }
    }

    private static boolean unassociated(int i) {
      return i % 100 == 99;
    }

    private static boolean trial(int i, int w) {
      return w == 4 && i % 50 == 0;
    }

    private static int activeUsers(int i, int w) {
      return 1 + (5 * i + w) % 97;
    }

    /** The JSON request body: {@code document} with the data as {@code $input}, written straight into one buffer. */
    byte[] body(String document) {
      StringBuilder json = new StringBuilder(customers * 400 + individuals * 80 + 1024);
      json.append("{\"query\":").append(Json.encode(document))
          .append(",\"variables\":{\"input\":{\"competency\":\"cloud-productivity\",\"market\":\"DEVELOPED\",\"asOf\":\"2017-07-07\",")
          .append("\"customers\":[");
      for (int i = 0; i < customers; i++) {
        json.append(i == 0 ? "" : ",").append("{\"id\":\"customer-").append(i).append("\",\"associations\":[");
        if (!unassociated(i)) {
          json.append('"').append(ASSOCIATIONS[i % ASSOCIATIONS.length]).append('"');
        }
        json.append("],\"deployments\":[");
        for (int w = 0; w < WORKLOADS.length; w++) {
          json.append(w == 0 ? "" : ",").append("{\"workload\":\"").append(WORKLOADS[w]).append("\",\"activeUsers\":")
              .append(activeUsers(i, w)).append(",\"trial\":").append(trial(i, w)).append('}');
        }
        json.append("]}");
      }
      json.append("],\"individuals\":[");
      for (int j = 0; j < individuals; j++) {
        String credentials = switch (j % 3) {
          case 0 -> "\"70-346\",\"70-347\"";
          case 1 -> "\"MCSA-OFFICE-365\"";
          default -> "\"70-346\"";
        };
        json.append(j == 0 ? "" : ",").append("{\"id\":\"individual-").append(j).append("\",\"credentials\":[").append(credentials).append("]}");
      }
      json.append("]}}}");
      return json.toString().getBytes(StandardCharsets.UTF_8);
    }
  }
}
