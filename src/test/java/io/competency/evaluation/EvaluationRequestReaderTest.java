package io.competency.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.catalog.CatalogSnapshot;
import io.competency.catalog.Competency;
import io.competency.input.FieldPath;
import io.competency.catalog.Option;
import io.competency.input.Problem;
import io.competency.catalog.Translations;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading an {@code EvaluateInput} tree: each bad input is a problem with its code and its path into the input. */
class EvaluationRequestReaderTest {
  /** Late on 7 July in UTC, already 8 July in Seoul: the default {@code asOf} must be the UTC date. */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2017-07-07T23:30:00Z"), ZoneId.of("Asia/Seoul"));
  private static final FieldPath INPUT = FieldPath.root().field("input");
  private static final EvaluationRequestReader READER = new EvaluationRequestReader(CloudProductivity.SNAPSHOT, CLOCK);

  /** A valid input as graphql-java hands it over; c1 has two deployments, c2 one; ann and bob hold credentials. */
  private static Map<String, Object> validInput() {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("competency", "cloud-productivity");
    input.put("option", "managed-service-partner");
    input.put("market", "DEVELOPED");
    input.put("asOf", LocalDate.of(2017, 7, 7));
    input.put("customers", new ArrayList<>(List.of(
        customer("c1", List.of("DELEGATED_ADMIN", "TRANSACTING_PARTNER"), LocalDate.of(2017, 1, 1),
            List.of(deployment("EXCHANGE_ONLINE", 1_500, false), deployment("PROPLUS", 500, null))),
        customer("c2", List.of("FAST_TRACK_PARTNER"), null, List.of(deployment("EXCHANGE_ONLINE", 10, true))))));
    input.put("individuals", new ArrayList<>(List.of(individual("ann", "70-346", "70-347"), individual("bob", "MCSA-OFFICE-365"))));
    input.put("reference", "q3-review");
    return input;
  }

  private static Map<String, Object> customer(String id, List<String> associations, LocalDate since,
      List<Map<String, Object>> deployments) {
    Map<String, Object> customer = new LinkedHashMap<>();
    customer.put("id", id);
    customer.put("associations", new ArrayList<>(associations));
    if (since != null) {
      customer.put("since", since);
    }
    customer.put("deployments", new ArrayList<>(deployments));
    return customer;
  }

  private static Map<String, Object> deployment(String workload, int activeUsers, Boolean trial) {
    Map<String, Object> deployment = new LinkedHashMap<>();
    deployment.put("workload", workload);
    deployment.put("activeUsers", activeUsers);
    if (trial != null) {
      deployment.put("trial", trial);
    }
    return deployment;
  }

  private static Map<String, Object> individual(String id, String... credentials) {
    Map<String, Object> individual = new LinkedHashMap<>();
    individual.put("id", id);
    individual.put("credentials", new ArrayList<>(List.of(credentials)));
    return individual;
  }

  /** Sets the value at a dotted path such as {@code customers.1.deployments.0.workload} (null removes it). */
  @SuppressWarnings("unchecked")
  private static Consumer<Map<String, Object>> set(String path, Object value) {
    return input -> {
      String[] steps = path.split("\\.");
      Object node = input;
      for (int i = 0; i < steps.length - 1; i++) {
        node = node instanceof Map<?, ?> m ? m.get(steps[i]) : ((List<Object>) node).get(Integer.parseInt(steps[i]));
      }
      String last = steps[steps.length - 1];
      if (node instanceof Map<?, ?>) {
        Map<String, Object> map = (Map<String, Object>) node;
        if (value == null) {
          map.remove(last);
        } else {
          map.put(last, value);
        }
      } else {
        ((List<Object>) node).set(Integer.parseInt(last), value);
      }
    };
  }

  private static ReadRequest read(Consumer<Map<String, Object>> change) {
    Map<String, Object> input = validInput();
    change.accept(input);
    return READER.read(input, INPUT);
  }

  private static List<String> codesAndPaths(ReadRequest read) {
    return read.problems().stream().map(p -> p.code() + " " + String.join("/", p.path().strings())).toList();
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of(set("competency", "cloud-security"), "UNKNOWN_COMPETENCY", "input/competency"),
        Arguments.of(set("competency", null), "REQUIRED", "input/competency"),
        Arguments.of(set("option", "self-service"), "UNKNOWN_OPTION", "input/option"),
        Arguments.of(set("market", "MARS"), "UNKNOWN_MARKET", "input/market"),
        Arguments.of(set("market", "developed"), "UNKNOWN_MARKET", "input/market"),
        Arguments.of(set("market", null), "REQUIRED", "input/market"),
        Arguments.of(set("customers.1.deployments.0.workload", "DYNAMICS_365"), "UNKNOWN_WORKLOAD",
            "input/customers/1/deployments/0/workload"),
        Arguments.of(set("customers.0.associations.1", "RESELLER"), "UNKNOWN_ASSOCIATION", "input/customers/0/associations/1"),
        Arguments.of(set("individuals.0.credentials.1", "AZ-900"), "UNKNOWN_CREDENTIAL", "input/individuals/0/credentials/1"),
        Arguments.of(set("customers.1.id", "c1"), "DUPLICATE_CUSTOMER", "input/customers/1/id"),
        Arguments.of(set("customers.0.deployments.1.workload", "EXCHANGE_ONLINE"), "DUPLICATE_WORKLOAD",
            "input/customers/0/deployments/1/workload"),
        Arguments.of(set("individuals.1.id", "ann"), "DUPLICATE_INDIVIDUAL", "input/individuals/1/id"),
        Arguments.of(set("customers.0.deployments.0.activeUsers", -1), "INVALID_VALUE",
            "input/customers/0/deployments/0/activeUsers"),
        Arguments.of(set("customers.0.deployments.0.activeUsers", "many"), "INVALID_TYPE",
            "input/customers/0/deployments/0/activeUsers"),
        Arguments.of(set("customers.0.deployments.0.activeUsers", null), "REQUIRED",
            "input/customers/0/deployments/0/activeUsers"),
        Arguments.of(set("customers.1.id", "  "), "INVALID_VALUE", "input/customers/1/id"),
        Arguments.of(set("individuals.0.id", ""), "INVALID_VALUE", "input/individuals/0/id"),
        Arguments.of(set("customers.0.since", "last spring"), "INVALID_VALUE", "input/customers/0/since"),
        Arguments.of(set("asOf", 20170707), "INVALID_TYPE", "input/asOf"),
        Arguments.of(set("customers.0.deployments", null), "REQUIRED", "input/customers/0/deployments"),
        Arguments.of(set("individuals", null), "REQUIRED", "input/individuals"));
  }

  @ParameterizedTest(name = "{1} at {2}")
  @MethodSource("badInputs")
  void aBadInputIsReportedWithItsCodeAndPath(Consumer<Map<String, Object>> change, String code, String path) {
    ReadRequest read = read(change);

    assertEquals(List.of(code + " " + path), codesAndPaths(read));
    assertNull(read.request());
    assertEquals(false, read.ok());
  }

  @Test
  void aValidInputBecomesARequestWithItsOptionAndMarket() {
    ReadRequest read = read(input -> { });

    assertEquals(List.of(), read.problems());
    assertEquals(new EvaluationRequest("cloud-productivity", "managed-service-partner", "DEVELOPED", LocalDate.of(2017, 7, 7),
        List.of(
            new CustomerData("c1", List.of("DELEGATED_ADMIN", "TRANSACTING_PARTNER"), LocalDate.of(2017, 1, 1), List.of(
                new DeploymentData("EXCHANGE_ONLINE", 1_500, false), new DeploymentData("PROPLUS", 500, false))),
            new CustomerData("c2", List.of("FAST_TRACK_PARTNER"), null, List.of(new DeploymentData("EXCHANGE_ONLINE", 10, true)))),
        List.of(new IndividualData("ann", List.of("70-346", "70-347")), new IndividualData("bob", List.of("MCSA-OFFICE-365"))),
        "q3-review"), read.request());
    assertEquals(CloudProductivity.OPTION, read.option());
    assertEquals(CloudProductivity.SNAPSHOT.market("DEVELOPED"), read.market());
  }

  @Test
  void asOfDefaultsToTodayInUtc() {
    assertEquals(LocalDate.of(2017, 7, 7), read(set("asOf", null)).request().asOf());
  }

  @Test
  void asOfMayAlsoBeAnIsoString() {
    assertEquals(LocalDate.of(2016, 2, 29), read(set("asOf", "2016-02-29")).request().asOf());
  }

  @Test
  void aSinceAfterAsOfIsNotAProblem() {
    ReadRequest read = read(set("customers.0.since", LocalDate.of(2018, 1, 1)));

    assertTrue(read.ok());
    assertEquals(LocalDate.of(2018, 1, 1), read.request().customers().get(0).since());
  }

  @Test
  void anOmittedOptionIsTheCompetencysOnlyOption() {
    ReadRequest read = read(set("option", null));

    assertEquals(CloudProductivity.OPTION, read.option());
    assertEquals("managed-service-partner", read.request().option());
  }

  @Test
  void anOmittedOptionIsRequiredWhenTheCompetencyHasSeveral() {
    Competency competency = CloudProductivity.SNAPSHOT.competency("cloud-productivity");
    Option other = new Option(competency.slug(), "self-service", Translations.english("Self service"),
        Translations.english(""), List.of());
    CatalogSnapshot snapshot = CatalogSnapshot.of(CloudProductivity.SNAPSHOT.catalog().withCompetency(competency.withOption(other)),
        2, Instant.now());
    Map<String, Object> input = validInput();
    input.remove("option");

    ReadRequest read = new EvaluationRequestReader(snapshot, CLOCK).read(input, INPUT);

    assertEquals(List.of("OPTION_REQUIRED input/option"), codesAndPaths(read));
  }

  @Test
  void aPathReachesIntoTheFourthCustomer() {
    Map<String, Object> input = validInput();
    @SuppressWarnings("unchecked")
    List<Object> customers = (List<Object>) input.get("customers");
    customers.add(customer("c3", List.of("DELEGATED_ADMIN"), null, List.of(deployment("YAMMER", 1, false))));
    customers.add(customer("c4", List.of("DELEGATED_ADMIN"), null, List.of(deployment("SKYPE", 1, false))));

    Problem problem = READER.read(input, INPUT).problems().get(0);

    assertEquals(List.of("input", "customers", "3", "deployments", "0", "workload"), problem.path().strings());
    assertEquals(EvaluationProblemCode.UNKNOWN_WORKLOAD, problem.code());
  }

  @Test
  void everyProblemIsReportedInOnePass() {
    ReadRequest read = read(set("market", "MARS")
        .andThen(set("customers.1.id", "c1"))
        .andThen(set("customers.1.deployments.0.activeUsers", -5))
        .andThen(set("customers.0.deployments.1.workload", "EXCHANGE_ONLINE"))
        .andThen(set("individuals.1.credentials.0", "MCSA")));

    assertEquals(List.of(
        "UNKNOWN_MARKET input/market",
        "DUPLICATE_WORKLOAD input/customers/0/deployments/1/workload",
        "DUPLICATE_CUSTOMER input/customers/1/id",
        "INVALID_VALUE input/customers/1/deployments/0/activeUsers",
        "UNKNOWN_CREDENTIAL input/individuals/1/credentials/0"), codesAndPaths(read));
  }

  @Test
  void anUnknownCompetencyLeavesTheOptionUnchecked() {
    ReadRequest read = read(set("competency", "cloud-security").andThen(set("option", "anything")));

    assertEquals(List.of("UNKNOWN_COMPETENCY input/competency"), codesAndPaths(read));
  }
}
