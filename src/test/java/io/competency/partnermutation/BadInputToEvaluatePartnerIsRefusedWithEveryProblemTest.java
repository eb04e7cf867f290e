package io.competency.partnermutation;

import static io.competency.partnermutation.Partner.customer;
import static io.competency.partnermutation.PartnerServer.ACME;
import static io.competency.partnermutation.PartnerServer.codesAndFields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.support.GraphqlClient.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input to {@code evaluatePartner} is refused as {@code evaluate} refuses it: every problem at once,
 * each a {@code UserError} with the code {@code evaluate} uses and the path into this input; an unknown,
 * repeated or empty list of {@code competencies} likewise; nothing is evaluated or stored, and
 * {@code evaluations} is empty. Values of the wrong type never reach the mutation (a top-level error).
 * In both storage modes.
 */
class BadInputToEvaluatePartnerIsRefusedWithEveryProblemTest {
  @RegisterExtension
  static final BothStorages servers = new BothStorages();

  /** A valid input; each row spoils it. */
  private static Partner valid() {
    return Partner.in(Partner.DEVELOPED)
        .customer(customer("contoso", "DELEGATED_ADMIN").deployment("EXCHANGE_ONLINE", 1500).deployment("SHAREPOINT_ONLINE", 500))
        .customer(customer("fabrikam", "DYNAMICS_DIGITAL_PARTNER_OF_RECORD").revenue("CRM_ONLINE", "2017-03-01", "1200.50", "NET_NEW"))
        .individual("alice", "70-346", "70-347")
        .individual("bob", "MCSA-OFFICE-365")
        .shipment("SURFACE_HUB", "2017-05-01", 3)
        .authorization("SURFACE_HUB_ADR");
  }

  static Stream<Arguments> problems() {
    return Stream.of(
        row("UNKNOWN_MARKET", valid().with("market", "EMERGING"), problem("UNKNOWN_MARKET", "input", "market")),
        row("UNKNOWN_WORKLOAD of a deployment", valid().customer(customer("northwind", "DELEGATED_ADMIN").deployment("EXCHANGE", 10)),
            problem("UNKNOWN_WORKLOAD", "input", "customers", "2", "deployments", "0", "workload")),
        row("UNKNOWN_WORKLOAD of a revenue line", valid().customer(customer("northwind").revenue("DYNAMICS", "2017-01-01", "10", "NET_NEW")),
            problem("UNKNOWN_WORKLOAD", "input", "customers", "2", "revenue", "0", "workload")),
        row("UNKNOWN_WORKLOAD of a shipment", valid().shipment("SURFACE", "2017-01-01", 1),
            problem("UNKNOWN_WORKLOAD", "input", "shipments", "1", "workload")),
        row("UNKNOWN_ASSOCIATION", valid().customer(customer("northwind", "DELEGATED_ADMIN", "RESELLER").deployment("EXCHANGE_ONLINE", 10)),
            problem("UNKNOWN_ASSOCIATION", "input", "customers", "2", "associations", "1")),
        row("UNKNOWN_CREDENTIAL", valid().individual("carol", "70-346", "70-999"),
            problem("UNKNOWN_CREDENTIAL", "input", "individuals", "2", "credentials", "1")),
        row("UNKNOWN_AUTHORIZATION", valid().authorization("SURFACE_HUB_RESELLER"),
            problem("UNKNOWN_AUTHORIZATION", "input", "authorizations", "1")),
        row("DUPLICATE_CUSTOMER", valid().customer(customer("contoso", "DELEGATED_ADMIN").deployment("EXCHANGE_ONLINE", 10)),
            problem("DUPLICATE_CUSTOMER", "input", "customers", "2", "id")),
        row("DUPLICATE_WORKLOAD within one customer", valid().customer(customer("northwind", "DELEGATED_ADMIN")
                .deployment("EXCHANGE_ONLINE", 10).deployment("YAMMER", 10).deployment("EXCHANGE_ONLINE", 20)),
            problem("DUPLICATE_WORKLOAD", "input", "customers", "2", "deployments", "2", "workload")),
        row("DUPLICATE_INDIVIDUAL", valid().individual("alice", "MCSA-OFFICE-365"),
            problem("DUPLICATE_INDIVIDUAL", "input", "individuals", "2", "id")),
        row("INVALID_VALUE: an amount with more than 6 decimals", valid().customer(customer("northwind").revenue("CRM_ONLINE", "2017-01-01",
            "1.0000001", "NET_NEW")), problem("INVALID_VALUE", "input", "customers", "2", "revenue", "0", "amountUsd")),
        row("UNKNOWN_COMPETENCY in competencies", valid().with("competencies", List.of("cloud-productivity", "cloud-security")),
            problem("UNKNOWN_COMPETENCY", "input", "competencies", "1")),
        row("a competency listed twice", valid().with("competencies", List.of("devops", "cloud-productivity", "devops")),
            problem("DUPLICATE_CODE", "input", "competencies", "2")),
        row("an empty list of competencies", valid().with("competencies", List.of()), problem("EMPTY", "input", "competencies")),
        row("TOO_LONG: a reference no store keeps", valid().with("reference", "r".repeat(501)), problem("TOO_LONG", "input", "reference")),
        row("INVALID_CHARACTER: NUL in a customer id", valid().customer(customer("north\u0000wind").deployment("YAMMER", 1)),
            problem("INVALID_CHARACTER", "input", "customers", "2", "id")),
        row("several problems at once are all reported",
            valid().with("market", "EMERGING")
                .with("competencies", List.of("cloud-security"))
                .customer(customer("northwind", "RESELLER").deployment("DYNAMICS", 10))
                .customer(customer("contoso", "DELEGATED_ADMIN").deployment("EXCHANGE_ONLINE", 10))
                .individual("alice", "70-999")
                .authorization("NONE"),
            problem("UNKNOWN_MARKET", "input", "market"),
            problem("UNKNOWN_COMPETENCY", "input", "competencies", "0"),
            problem("UNKNOWN_ASSOCIATION", "input", "customers", "2", "associations", "0"),
            problem("UNKNOWN_WORKLOAD", "input", "customers", "2", "deployments", "0", "workload"),
            problem("DUPLICATE_CUSTOMER", "input", "customers", "3", "id"),
            problem("DUPLICATE_INDIVIDUAL", "input", "individuals", "2", "id"),
            problem("UNKNOWN_CREDENTIAL", "input", "individuals", "2", "credentials", "0"),
            problem("UNKNOWN_AUTHORIZATION", "input", "authorizations", "1")));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("rowsInBothStorages")
  void everyProblemIsAUserErrorWithItsCodeAndPathAndNothingIsStored(String name, Storage storage, Partner partner,
      List<List<Object>> expected) {
    PartnerServer server = servers.in(storage);
    long stored = storage == Storage.POSTGRESQL ? server.storedEvaluations() : 0;

    Response response = server.evaluatePartner(ACME, partner.input());

    assertEquals(200, response.status(), response::toString);
    assertTrue(response.errors().isEmpty(), response::toString);
    assertEquals(new JsonArray(), response.data("evaluatePartner.evaluations"), response::toString);
    for (Object error : response.dataList("evaluatePartner.userErrors")) {
      assertFalse(((JsonObject) error).getString("message", "").isBlank(), () -> "a user error without a message: " + error);
    }
    assertEquals(Set.copyOf(expected), Set.copyOf(codesAndFields(response)), response::toString);
    assertEquals(expected.size(), codesAndFields(response).size(), response::toString);
    if (storage == Storage.POSTGRESQL) {
      assertEquals(stored, server.storedEvaluations(), "an evaluation was stored");
    }
    assertFalse(server.evaluations(valid().input()).isEmpty(), "the server goes on evaluating");
  }

  static Stream<Arguments> rowsInBothStorages() {
    return problems().flatMap(row -> Stream.of(Storage.values()).map(storage -> {
      Object[] values = row.get();
      return Arguments.of(values[0], storage, values[1], values[2]);
    }));
  }

  static Stream<Arguments> wrongTypes() {
    return Stream.of(
        Arguments.of("negative activeUsers", spoilFirstDeployment(d -> {
          d.put("activeUsers", -1);
          return d;
        })),
        Arguments.of("activeUsers: \"many\"", spoilFirstDeployment(d -> {
          d.put("activeUsers", "many");
          return d;
        })),
        Arguments.of("asOf: \"yesterday\"", with(valid().input(), "asOf", "yesterday")),
        Arguments.of("units: 0 (PositiveInt)", with(valid().input(), "shipments", List.of(Map.of("workload", "SURFACE_HUB", "date", "2017-01-01",
            "units", 0)))),
        Arguments.of("competencies: an object, not a list of slugs", with(valid().input(), "competencies", Map.of("slug", "devops"))),
        Arguments.of("customers missing", without(valid().input(), "customers")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongTypes")
  void aValueOfTheWrongTypeIsATopLevelErrorAndNothingRuns(String name, Map<String, Object> input) {
    for (Storage storage : Storage.values()) {
      PartnerServer server = servers.in(storage);
      Response response = server.evaluatePartner(ACME, input);

      assertEquals(List.of("BAD_USER_INPUT"), response.errorCodes(), response::toString);
      assertNull(response.json().getValue("data"), response::toString);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> spoilFirstDeployment(UnaryOperator<Map<String, Object>> spoil) {
    Map<String, Object> input = valid().input();
    List<Object> customers = new ArrayList<>((List<Object>) input.get("customers"));
    Map<String, Object> first = new HashMap<>((Map<String, Object>) customers.get(0));
    List<Object> deployments = new ArrayList<>((List<Object>) first.get("deployments"));
    deployments.set(0, spoil.apply(new HashMap<>((Map<String, Object>) deployments.get(0))));
    first.put("deployments", deployments);
    customers.set(0, first);
    input.put("customers", customers);
    return input;
  }

  private static Map<String, Object> with(Map<String, Object> input, String field, Object value) {
    input.put(field, value);
    return input;
  }

  private static Map<String, Object> without(Map<String, Object> input, String field) {
    input.remove(field);
    return input;
  }

  private static List<Object> problem(String code, String... field) {
    return List.of(code, List.of((Object[]) field));
  }

  @SafeVarargs
  private static Arguments row(String name, Partner partner, List<Object>... problems) {
    return Arguments.of(name, partner, List.of(problems));
  }
}
