package io.competency.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.input.FieldPath;
import io.competency.input.Problem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The facts the program's metrics read — revenue lines, deployment dates, shipments, authorizations —
 * are checked like the rest of an evaluation input: each problem has its code and its path, and nothing
 * is evaluated while any remains. Amounts are exact and bounded.
 */
class PartnerFactsAreCheckedWithTheirPathsTest {
  private static final EvaluationRequestReader READER = new EvaluationRequestReader(Program2017.SNAPSHOT,
      Clock.fixed(Instant.parse("2017-07-07T12:00:00Z"), ZoneOffset.UTC));

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      out.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return out;
  }

  /** A valid Surface Hub input with one customer's revenue line, a dated deployment, a shipment and the authorization. */
  private static Map<String, Object> valid() {
    return map(
        "competency", "windows-and-devices",
        "option", "surface-hub",
        "market", "DEVELOPED",
        "asOf", LocalDate.of(2017, 7, 7),
        "customers", new ArrayList<>(List.of(map("id", "c1", "associations", new ArrayList<>(List.of()),
            "deployments", new ArrayList<>(List.of(map("workload", "SURFACE_HUB", "activeUsers", 3, "since", LocalDate.of(2017, 1, 2)))),
            "revenue", new ArrayList<>(List.of(map("workload", "DYNAMICS_NAV", "date", LocalDate.of(2017, 3, 1),
                "amountUsd", new BigDecimal("-1250.50"), "type", "RENEWAL")))))),
        "individuals", new ArrayList<>(List.of()),
        "shipments", new ArrayList<>(List.of(map("workload", "SURFACE_HUB", "date", "2017-05-01", "units", 12))),
        "authorizations", new ArrayList<>(List.of("SURFACE_HUB_ADR")));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> with(String dottedPath, Object value) {
    Map<String, Object> input = valid();
    Object node = input;
    String[] steps = dottedPath.split("\\.");
    for (int i = 0; i < steps.length - 1; i++) {
      node = node instanceof List<?> list ? list.get(Integer.parseInt(steps[i])) : ((Map<String, Object>) node).get(steps[i]);
    }
    String last = steps[steps.length - 1];
    if (node instanceof List<?> list) {
      ((List<Object>) list).set(Integer.parseInt(last), value);
    } else if (value == null) {
      ((Map<String, Object>) node).remove(last);
    } else {
      ((Map<String, Object>) node).put(last, value);
    }
    return input;
  }

  @Test
  void aValidInputIsReadWithItsFacts() {
    ReadRequest read = READER.read(valid(), FieldPath.root().field("input"));

    assertEquals(List.of(), read.problems());
    PartnerData partner = read.request().partner();
    assertEquals(List.of(new RevenueData("DYNAMICS_NAV", LocalDate.of(2017, 3, 1), new BigDecimal("-1250.50"), RevenueType.RENEWAL)),
        partner.customers().get(0).revenue());
    assertEquals(LocalDate.of(2017, 1, 2), partner.customers().get(0).deployments().get(0).since());
    assertEquals(List.of(new ShipmentData("SURFACE_HUB", LocalDate.of(2017, 5, 1), 12)), partner.shipments());
    assertEquals(List.of("SURFACE_HUB_ADR"), partner.authorizations());
  }

  @Test
  void shipmentsAndAuthorizationsMayBeLeftOut() {
    ReadRequest read = READER.read(with("authorizations", null), FieldPath.root().field("input"));
    ReadRequest none = READER.read(with("shipments", null), FieldPath.root().field("input"));

    assertTrue(read.ok() && none.ok());
    assertEquals(List.of(), read.request().partner().authorizations());
    assertEquals(List.of(), none.request().partner().shipments());
  }

  static Stream<Arguments> problems() {
    String line = "customers.0.revenue.0.";
    return Stream.of(
        Arguments.of(line + "workload", "SURFACE_PRO", "UNKNOWN_WORKLOAD", "input.customers[0].revenue[0].workload"),
        Arguments.of(line + "date", null, "REQUIRED", "input.customers[0].revenue[0].date"),
        Arguments.of(line + "date", "2017-13-01", "INVALID_VALUE", "input.customers[0].revenue[0].date"),
        Arguments.of(line + "amountUsd", null, "REQUIRED", "input.customers[0].revenue[0].amountUsd"),
        Arguments.of(line + "amountUsd", "12,50", "INVALID_VALUE", "input.customers[0].revenue[0].amountUsd"),
        Arguments.of(line + "amountUsd", 0.1d, "INVALID_TYPE", "input.customers[0].revenue[0].amountUsd"),
        Arguments.of(line + "amountUsd", new BigDecimal("1E+15"), "INVALID_VALUE", "input.customers[0].revenue[0].amountUsd"),
        Arguments.of(line + "amountUsd", new BigDecimal("-1E+1000000"), "INVALID_VALUE", "input.customers[0].revenue[0].amountUsd"),
        Arguments.of(line + "amountUsd", new BigDecimal("0.0000001"), "INVALID_VALUE", "input.customers[0].revenue[0].amountUsd"),
        Arguments.of(line + "type", "REFUND", "INVALID_VALUE", "input.customers[0].revenue[0].type"),
        Arguments.of("customers.0.deployments.0.since", "yesterday", "INVALID_VALUE", "input.customers[0].deployments[0].since"),
        Arguments.of("shipments.0.workload", "XBOX", "UNKNOWN_WORKLOAD", "input.shipments[0].workload"),
        Arguments.of("shipments.0.units", 0, "INVALID_VALUE", "input.shipments[0].units"),
        Arguments.of("shipments.0.date", null, "REQUIRED", "input.shipments[0].date"),
        Arguments.of("authorizations.0", "SURFACE_HUB_RESELLER", "UNKNOWN_AUTHORIZATION", "input.authorizations[0]"));
  }

  @ParameterizedTest(name = "{0} = {1} → {2} at {3}")
  @MethodSource("problems")
  void eachBadFactIsReportedAtItsPath(String field, Object value, String code, String path) {
    ReadRequest read = READER.read(with(field, value), FieldPath.root().field("input"));

    assertEquals(List.of(code + " at " + path), read.problems().stream().map(p -> p.code() + " at " + p.path()).toList());
    assertEquals(null, read.request());
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    Map<String, Object> input = with("shipments.0.workload", "XBOX");
    ((List<Object>) input.get("authorizations")).add("NOPE");

    List<Problem> problems = READER.read(input, FieldPath.root().field("input")).problems();

    assertEquals(List.of("input.shipments[0].workload", "input.authorizations[1]"), problems.stream().map(p -> p.path().toString()).toList());
  }
}
