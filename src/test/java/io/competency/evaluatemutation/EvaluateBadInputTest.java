package io.competency.evaluatemutation;

import static io.competency.evaluatemutation.Integrator.evaluate;
import static io.competency.evaluatemutation.Integrator.evaluation;
import static io.competency.evaluatemutation.Integrator.storedEvaluations;
import static io.competency.evaluatemutation.Partner.DELEGATED;
import static io.competency.evaluatemutation.Partner.DELEGATED_ADMIN;
import static io.competency.evaluatemutation.Partner.DEVELOPED;
import static io.competency.evaluatemutation.Partner.EXAM_346;
import static io.competency.evaluatemutation.Partner.EXAM_347;
import static io.competency.evaluatemutation.Partner.EXCHANGE;
import static io.competency.evaluatemutation.Partner.MCSA;
import static io.competency.evaluatemutation.Partner.SHAREPOINT;
import static io.competency.evaluatemutation.Partner.deployment;
import static io.competency.maintenance.Maintenance.applied;
import static io.competency.maintenance.Maintenance.texts;
import static io.competency.support.TestKeys.INTEGRATOR_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.competency.support.Documents;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.ServerOnFreshDatabase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input to {@code evaluate} is answered with {@code userErrors}, each with its stable code and the
 * path of the offending field, and nothing is stored; values of the wrong type never reach the
 * mutation (a top-level error with an {@code extensions.code}). The server goes on serving after each.
 */
class EvaluateBadInputTest {
  /** A competency added for these tests, with two options. */
  private static final String TWO_OPTIONS = "cloud-testing";

  @RegisterExtension
  static final ServerOnFreshDatabase server = new ServerOnFreshDatabase();

  @BeforeAll
  static void start() {
    applied(server.client(), Documents.ADD_COMPETENCY, Map.of("slug", TWO_OPTIONS, "name", texts("en-US", "Cloud Testing")));
    for (String option : List.of("alpha", "beta")) {
      applied(server.client(), Documents.ADD_OPTION, Map.of("competency", TWO_OPTIONS, "slug", option, "name", texts("en-US", option)));
      applied(server.client(), Documents.ADD_TIER, Map.of("competency", TWO_OPTIONS, "option", option, "slug", "silver", "rank", 1,
          "name", texts("en-US", "Silver"),
          "requirements", List.of(Map.of("skill", Map.of(
              "title", texts("en-US", "One individual must obtain the MCSA."),
              "individuals", 1,
              "paths", List.of(Map.of("choices", List.of(Map.of("anyOf", List.of(MCSA))))))))));
    }
  }

  /** A valid input; each row spoils one thing of it. */
  private static Partner valid() {
    return Partner.in(DEVELOPED)
        .customer("contoso", DELEGATED, deployment(EXCHANGE, 1500), deployment(SHAREPOINT, 500))
        .customer("fabrikam", DELEGATED, deployment(EXCHANGE, 100))
        .individual("alice", EXAM_346, EXAM_347)
        .individual("bob", MCSA);
  }

  static Stream<Arguments> problems() {
    return Stream.of(
        argumentSet("UNKNOWN_COMPETENCY", valid().with("competency", "cloud-security"),
            List.of(problem("UNKNOWN_COMPETENCY", "input", "competency"))),
        argumentSet("UNKNOWN_OPTION", valid().with("option", "reseller"),
            List.of(problem("UNKNOWN_OPTION", "input", "option"))),
        argumentSet("OPTION_REQUIRED: the competency has two options", valid().with("competency", TWO_OPTIONS).with("option", null),
            List.of(problem("OPTION_REQUIRED", "input", "option"))),
        argumentSet("UNKNOWN_MARKET", valid().with("market", "EMERGING"),
            List.of(problem("UNKNOWN_MARKET", "input", "market"))),
        argumentSet("UNKNOWN_WORKLOAD", valid().customer("northwind", DELEGATED, deployment("EXCHANGE", 10)),
            List.of(problem("UNKNOWN_WORKLOAD", "input", "customers", "2", "deployments", "0", "workload"))),
        argumentSet("UNKNOWN_ASSOCIATION", valid().customer("northwind", List.of(DELEGATED_ADMIN, "RESELLER"), deployment(EXCHANGE, 10)),
            List.of(problem("UNKNOWN_ASSOCIATION", "input", "customers", "2", "associations", "1"))),
        argumentSet("UNKNOWN_CREDENTIAL", valid().individual("carol", EXAM_346, "70-999"),
            List.of(problem("UNKNOWN_CREDENTIAL", "input", "individuals", "2", "credentials", "1"))),
        argumentSet("DUPLICATE_CUSTOMER", valid().customer("contoso", DELEGATED, deployment(EXCHANGE, 10)),
            List.of(problem("DUPLICATE_CUSTOMER", "input", "customers", "2", "id"))),
        argumentSet("DUPLICATE_WORKLOAD within one customer",
            valid().customer("northwind", DELEGATED, deployment(EXCHANGE, 10), deployment(SHAREPOINT, 10), deployment(EXCHANGE, 20)),
            List.of(problem("DUPLICATE_WORKLOAD", "input", "customers", "2", "deployments", "2", "workload"))),
        argumentSet("DUPLICATE_INDIVIDUAL", valid().individual("alice", MCSA),
            List.of(problem("DUPLICATE_INDIVIDUAL", "input", "individuals", "2", "id"))),
        argumentSet("several problems at once are all reported",
            valid().with("market", "EMERGING")
                .customer("northwind", List.of("RESELLER"), deployment("DYNAMICS", 10))
                .customer("contoso", DELEGATED, deployment(EXCHANGE, 10))
                .individual("alice", "70-999"),
            List.of(
                problem("UNKNOWN_MARKET", "input", "market"),
                problem("UNKNOWN_ASSOCIATION", "input", "customers", "2", "associations", "0"),
                problem("UNKNOWN_WORKLOAD", "input", "customers", "2", "deployments", "0", "workload"),
                problem("DUPLICATE_CUSTOMER", "input", "customers", "3", "id"),
                problem("DUPLICATE_INDIVIDUAL", "input", "individuals", "2", "id"),
                problem("UNKNOWN_CREDENTIAL", "input", "individuals", "2", "credentials", "0"))));
  }

  @ParameterizedTest
  @MethodSource("problems")
  void eachProblemIsAUserErrorWithItsCodeAndFieldAndNothingIsStored(Partner partner, List<JsonObject> expected) {
    long stored = storedEvaluations(server.db());

    Response response = evaluate(server.client(), INTEGRATOR_SECRET, partner.input());

    assertEquals(200, response.status(), response::toString);
    assertTrue(response.errors().isEmpty(), response::toString);
    assertNull(response.data("evaluate.evaluation"), response::toString);
    JsonArray userErrors = response.dataList("evaluate.userErrors");
    for (Object error : userErrors) {
      assertFalse(((JsonObject) error).getString("message", "").isBlank(), () -> "a user error without a message: " + error);
    }
    assertEquals(Set.copyOf(expected), codesAndFields(userErrors), response::toString);
    assertEquals(expected.size(), userErrors.size(), response::toString);
    assertEquals(stored, storedEvaluations(server.db()), "an evaluation was stored");
  }

  static Stream<Arguments> wrongTypes() {
    return Stream.of(
        argumentSet("negative activeUsers (NonNegativeInt)", valid().customer("northwind", DELEGATED, deployment(EXCHANGE, -1)).input()),
        argumentSet("activeUsers: \"many\"", valid().customer("northwind", DELEGATED, deployment(EXCHANGE, "many")).input()),
        argumentSet("activeUsers: 2.5", valid().customer("northwind", DELEGATED, deployment(EXCHANGE, 2.5)).input()),
        argumentSet("activeUsers beyond Int", valid().customer("northwind", DELEGATED, deployment(EXCHANGE, 3_000_000_000L)).input()),
        argumentSet("asOf: \"yesterday\"", valid().with("asOf", "yesterday").input()),
        argumentSet("customers missing", without(valid().input(), "customers")));
  }

  @ParameterizedTest
  @MethodSource("wrongTypes")
  void aValueOfTheWrongTypeIsATopLevelErrorAndNothingIsStored(Map<String, Object> input) {
    long stored = storedEvaluations(server.db());

    Response response = evaluate(server.client(), INTEGRATOR_SECRET, input);

    assertEquals(200, response.status(), response::toString);
    assertEquals(List.of("BAD_USER_INPUT"), response.errorCodes(), response::toString);
    assertNull(response.json().getValue("data"), response::toString);
    assertEquals(stored, storedEvaluations(server.db()), "an evaluation was stored");
  }

  @Test
  void aNegativeLiteralInTheDocumentIsAValidationErrorAndNothingIsStored() {
    long stored = storedEvaluations(server.db());

    Response response = server.client().query("""
        mutation {
          evaluate(input: {competency: "cloud-productivity", market: "DEVELOPED", individuals: [],
                           customers: [{id: "contoso", associations: ["DELEGATED_ADMIN"],
                                        deployments: [{workload: "EXCHANGE_ONLINE", activeUsers: -1}]}]}) {
            evaluation { id }
            userErrors { code }
          }
        }
        """).bearer(INTEGRATOR_SECRET).post().assertWellFormed();

    assertEquals(List.of("GRAPHQL_VALIDATION_FAILED"), response.errorCodes(), response::toString);
    assertTrue(response.errors().get(0).getString("message").contains("NonNegativeInt"), response::toString);
    assertNull(response.json().getValue("data"), response::toString);
    assertEquals(stored, storedEvaluations(server.db()), "an evaluation was stored");
  }

  /** After each refused request the server still evaluates a valid one. */
  @AfterEach
  void theServerKeepsServing() {
    JsonObject evaluation = evaluation(server.client(), valid().input());
    assertEquals("silver", Response.at(evaluation, "achievedTier.slug"), evaluation::encode);
  }

  private static JsonObject problem(String code, String... field) {
    return new JsonObject().put("code", code).put("field", new JsonArray(List.of((Object[]) field)));
  }

  private static Set<JsonObject> codesAndFields(JsonArray userErrors) {
    Set<JsonObject> out = new HashSet<>();
    for (Object e : userErrors) {
      JsonObject error = (JsonObject) e;
      out.add(new JsonObject().put("code", error.getString("code")).put("field", error.getJsonArray("field")));
    }
    return out;
  }

  private static Map<String, Object> without(Map<String, Object> input, String field) {
    input.remove(field);
    return input;
  }
}
