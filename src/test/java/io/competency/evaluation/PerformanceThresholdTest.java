package io.competency.evaluation;

import static io.competency.evaluation.CloudProductivity.DEVELOPED;
import static io.competency.evaluation.CloudProductivity.DEVELOPING;
import static io.competency.evaluation.CloudProductivity.EXCHANGE;
import static io.competency.evaluation.CloudProductivity.PROPLUS;
import static io.competency.evaluation.CloudProductivity.SHAREPOINT;
import static io.competency.evaluation.CloudProductivity.delegated;
import static io.competency.evaluation.CloudProductivity.deployment;
import static io.competency.evaluation.CloudProductivity.evaluate;
import static io.competency.evaluation.CloudProductivity.performance;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.competency.catalog.Metric;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Active entitlements against the silver (per market) and gold (every market) thresholds of Cloud Productivity. */
class PerformanceThresholdTest {

  static Stream<Arguments> thresholds() {
    return Stream.of(
        // market, active users, tier, required, met, shortfall
        Arguments.of(DEVELOPED, 1_999, "silver", 2_000, false, 1),
        Arguments.of(DEVELOPED, 2_000, "silver", 2_000, true, 0),
        Arguments.of(DEVELOPED, 2_150, "silver", 2_000, true, 0),
        Arguments.of(DEVELOPED, 0, "silver", 2_000, false, 2_000),
        Arguments.of(DEVELOPING, 999, "silver", 1_000, false, 1),
        Arguments.of(DEVELOPING, 1_000, "silver", 1_000, true, 0),
        Arguments.of(DEVELOPED, 3_999, "gold", 4_000, false, 1),
        Arguments.of(DEVELOPED, 4_000, "gold", 4_000, true, 0),
        Arguments.of(DEVELOPING, 3_999, "gold", 4_000, false, 1),
        Arguments.of(DEVELOPING, 4_000, "gold", 4_000, true, 0),
        Arguments.of(DEVELOPING, 2_000, "gold", 4_000, false, 2_000));
  }

  @ParameterizedTest(name = "{0}: {1} active users for {2} → required {3}, met {4}, short {5}")
  @MethodSource("thresholds")
  void activeEntitlementsAreMeasuredAgainstTheMarketsThreshold(String market, int users, String tier, int required,
      boolean met, int shortfall) {
    PerformanceResult result = performance(evaluate(market, List.of(delegated("c1", deployment(EXCHANGE, users))), List.of()), tier);

    assertEquals(List.of(new MetricResult(Metric.ACTIVE_ENTITLEMENTS, met, required, users, shortfall)), result.metrics());
    assertEquals(met, result.met());
    assertEquals(required, result.required());
    assertEquals(users, result.actual());
    assertEquals(shortfall, result.shortfall());
  }

  @Test
  void aUserActiveOnTwoWorkloadsCountsTwice() {
    PerformanceResult result = performance(evaluate(DEVELOPED,
        List.of(delegated("c1", deployment(EXCHANGE, 1_000), deployment(SHAREPOINT, 1_000))), List.of()), "silver");

    assertEquals(2_000, result.actual());
    assertEquals(true, result.met());
  }

  @Test
  void entitlementsAddUpAcrossCustomers() {
    PerformanceResult result = performance(evaluate(DEVELOPING, List.of(
        delegated("c1", deployment(EXCHANGE, 400)),
        delegated("c2", deployment(PROPLUS, 350), deployment(SHAREPOINT, 249))), List.of()), "silver");

    assertEquals(999, result.actual());
    assertEquals(1, result.shortfall());
  }

  @Test
  void aHugeTotalIsClampedInsteadOfOverflowing() {
    PerformanceResult result = performance(evaluate(DEVELOPED, List.of(
        delegated("c1", deployment(EXCHANGE, Integer.MAX_VALUE)),
        delegated("c2", deployment(EXCHANGE, Integer.MAX_VALUE))), List.of()), "gold");

    assertEquals(Integer.MAX_VALUE, result.actual());
    assertEquals(true, result.met());
  }
}
