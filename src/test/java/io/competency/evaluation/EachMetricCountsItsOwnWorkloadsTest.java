package io.competency.evaluation;

import static io.competency.evaluation.Program2017.DEVELOPED;
import static io.competency.evaluation.Program2017.ENTERPRISE_OPERATIONS;
import static io.competency.evaluation.Program2017.customers;
import static io.competency.evaluation.Program2017.dpor;
import static io.competency.evaluation.Program2017.evaluate;
import static io.competency.evaluation.Program2017.netNew;
import static io.competency.evaluation.Program2017.performance;
import static io.competency.evaluation.Program2017.revenue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Enterprise Operations needs, in one step, revenue from Dynamics 365 Enterprise Plan 2, the Operations
 * SKU and AX 2012 on premise (REVENUE: new and renewal lines) and net new revenue from Plan 2 and the
 * Operations SKU only (NET_NEW_REVENUE with workloads of its own). Gold, developed markets: US$300,000
 * and US$75,000.
 */
class EachMetricCountsItsOwnWorkloadsTest {

  static Stream<Arguments> lines() {
    return Stream.of(
        // lines, revenue counted, net new counted, met
        Arguments.of(List.of(netNew("DYNAMICS_365_PLAN_2", "300000")), 300_000, 300_000, true),
        Arguments.of(List.of(netNew("DYNAMICS_AX_ON_PREMISE", "300000")), 300_000, 0, false),
        Arguments.of(List.of(netNew("DYNAMICS_AX_ON_PREMISE", "225000"), netNew("DYNAMICS_365_OPERATIONS", "75000")), 300_000, 75_000,
            true),
        Arguments.of(List.of(renewal("DYNAMICS_365_PLAN_2", "250000"), netNew("DYNAMICS_365_PLAN_2", "74999.99")), 324_999, 74_999,
            false),
        Arguments.of(List.of(netNew("DYNAMICS_365_PLAN_1", "900000"), netNew("DYNAMICS_365_OPERATIONS", "75000")), 75_000, 75_000,
            false));
  }

  private static RevenueData renewal(String workload, String amount) {
    return revenue(workload, Program2017.AS_OF.minusMonths(2), amount, RevenueType.RENEWAL);
  }

  @ParameterizedTest(name = "{0} → revenue {1}, net new {2}, met {3}")
  @MethodSource("lines")
  void eachMetricSumsTheLinesOfItsOwnProducts(List<RevenueData> lines, int revenue, int netNew, boolean met) {
    PerformanceResult gold = performance(evaluate(ENTERPRISE_OPERATIONS, DEVELOPED, Program2017.AS_OF,
        customers(dpor("c1", lines.toArray(RevenueData[]::new)))), "gold");

    assertEquals(List.of(revenue, netNew), gold.metrics().stream().map(MetricResult::actual).toList());
    assertEquals(met, gold.met());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void aLineLeftOutOfOneMetricIsListedWithTheFirstReason(List<RevenueData> lines, int revenue, int netNew, boolean met) {
    PerformanceResult gold = performance(evaluate(ENTERPRISE_OPERATIONS, customers(dpor("c1", lines.toArray(RevenueData[]::new)))),
        "gold");

    List<String> listed = gold.excludedRevenue().stream().map(r -> r.workload() + " " + r.reason()).toList();
    List<String> expected = lines.stream()
        .filter(l -> l.workload().equals("DYNAMICS_AX_ON_PREMISE") || l.workload().equals("DYNAMICS_365_PLAN_1"))
        .map(l -> l.workload() + " INELIGIBLE_WORKLOAD").toList();
    assertEquals(expected, listed);
  }
}
