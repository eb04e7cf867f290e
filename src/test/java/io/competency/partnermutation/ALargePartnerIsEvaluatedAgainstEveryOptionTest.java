package io.competency.partnermutation;

import static io.competency.partnermutation.PartnerServer.ACME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.support.GraphqlClient.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A large partner (20,000 customers with 100,000 Office 365 deployments, 1,000 people) against every
 * option in one call, stored in PostgreSQL: the Cloud Productivity evaluation has the figures a single
 * {@code evaluate} gives, and an option that counts none of those workloads lists all 100,000 as
 * ineligible, in input order, read back from the store as they were answered. No timing is asserted:
 * {@code make bench} measures time.
 */
class ALargePartnerIsEvaluatedAgainstEveryOptionTest {
  private static final String[] WORKLOADS = {"EXCHANGE_ONLINE", "SHAREPOINT_ONLINE", "SKYPE_FOR_BUSINESS", "YAMMER", "PROPLUS"};
  private static final String[] ASSOCIATIONS = {"DELEGATED_ADMIN", "TRANSACTING_PARTNER", "DIGITAL_PARTNER_OF_RECORD", "FAST_TRACK_PARTNER"};
  private static final String FIGURES = """
      fragment Figures on Evaluation {
        id competency { slug } option { slug } achievedTier { slug } nextTier { slug }
        tiers { tier { slug } met requirements { met required actual shortfall explanation { text } } }
        nextSteps { kind metric amount individualId newIndividual anyOf { code } }
      }
      """;
  private static final String EVALUATE_PARTNER = """
      mutation($input: EvaluatePartnerInput!) { evaluatePartner(input: $input) { evaluations { ...Figures } userErrors { code } } }
      """ + FIGURES;
  private static final String EVALUATE = """
      mutation($input: EvaluateInput!) { evaluate(input: $input) { evaluation { ...Figures } userErrors { code } } }
      """ + FIGURES;
  private static final String EXCLUDED = """
      query($id: ID!) { evaluation(id: $id) { tiers { requirements { ... on PerformanceResult {
        excludedDeployments { customerId workload activeUsers reason } } } } } }
      """;

  private static PartnerServer server;

  @BeforeAll
  static void start() {
    server = PartnerServer.start(Storage.POSTGRESQL);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void everyOptionIsEvaluatedAndAnOptionThatCountsNoneOfItListsEveryDeployment() {
    Map<String, Object> input = largePartner();
    JsonArray evaluations = send(EVALUATE_PARTNER, input).dataList("evaluatePartner.evaluations");
    assertEquals(25, evaluations.size());

    JsonObject productivity = find(evaluations, "managed-service-partner");
    input.put("competency", "cloud-productivity");
    JsonObject single = (JsonObject) send(EVALUATE, input).data("evaluate.evaluation");
    productivity.remove("id");
    single.remove("id");
    assertEquals(single, productivity);

    Response read = server.client().query(EXCLUDED).variables(Map.of("id", find(evaluations, "power-bi").getString("id"))).bearer(ACME).post();
    JsonArray excluded = read.dataList("evaluation.tiers").getJsonObject(0).getJsonArray("requirements").stream()
        .map(JsonObject.class::cast).filter(r -> r.containsKey("excludedDeployments")).findFirst().orElseThrow()
        .getJsonArray("excludedDeployments");
    assertEquals(100_000, excluded.size());
    for (int i = 0; i < excluded.size(); i += 997) {
      JsonObject deployment = excluded.getJsonObject(i);
      assertEquals(List.of("customer-" + i / 5, WORKLOADS[i % 5], 1 + (5 * (i / 5) + i % 5) % 97, "INELIGIBLE_WORKLOAD"),
          List.of(deployment.getString("customerId"), deployment.getString("workload"), deployment.getInteger("activeUsers"),
              deployment.getString("reason")));
    }
  }

  private static JsonObject find(JsonArray evaluations, String option) {
    return evaluations.stream().map(JsonObject.class::cast).filter(e -> e.getJsonObject("option").getString("slug").equals(option))
        .findFirst().orElseThrow();
  }

  private static Response send(String document, Map<String, Object> input) {
    Response response = server.client().query(document).variables(Map.of("input", input)).bearer(ACME).post();
    assertEquals(200, response.status(), () -> response.body().substring(0, Math.min(500, response.body().length())));
    assertTrue(response.errors().isEmpty(), () -> response.body().substring(0, Math.min(500, response.body().length())));
    return response;
  }

  /** As the benchmark's: every customer has the five Office 365 workloads, one association in turn (none every 100th). */
  private static Map<String, Object> largePartner() {
    List<Object> customers = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      List<Object> deployments = new ArrayList<>();
      for (int w = 0; w < WORKLOADS.length; w++) {
        deployments.add(Map.of("workload", WORKLOADS[w], "activeUsers", 1 + (5 * i + w) % 97, "trial", w == 4 && i % 50 == 0));
      }
      customers.add(Map.of("id", "customer-" + i, "associations", i % 100 == 99 ? List.of() : List.of(ASSOCIATIONS[i % 4]),
          "deployments", deployments));
    }
    List<Object> individuals = new ArrayList<>();
    for (int j = 0; j < 1_000; j++) {
      individuals.add(Map.of("id", "individual-" + j, "credentials", switch (j % 3) {
        case 0 -> List.of("70-346", "70-347");
        case 1 -> List.of("MCSA-OFFICE-365");
        default -> List.of("70-346");
      }));
    }
    return new HashMap<>(Map.of("market", "DEVELOPED", "asOf", "2017-07-07", "customers", customers, "individuals", individuals));
  }
}
