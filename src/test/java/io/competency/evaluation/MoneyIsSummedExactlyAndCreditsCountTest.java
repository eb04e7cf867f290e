package io.competency.evaluation;

import static io.competency.evaluation.Program2017.AS_OF;
import static io.competency.evaluation.Program2017.CRM;
import static io.competency.evaluation.Program2017.DEVELOPED;
import static io.competency.evaluation.Program2017.DEVELOPING;
import static io.competency.evaluation.Program2017.ERP;
import static io.competency.evaluation.Program2017.customer;
import static io.competency.evaluation.Program2017.customers;
import static io.competency.evaluation.Program2017.dpor;
import static io.competency.evaluation.Program2017.evaluate;
import static io.competency.evaluation.Program2017.netNew;
import static io.competency.evaluation.Program2017.performance;
import static io.competency.evaluation.Program2017.revenue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.competency.catalog.Metric;
import io.competency.catalog.MetricUnit;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Money metrics sum revenue lines exactly, credits included, and report whole dollars rounded down
 * beside the exact sum: CRM silver needs US$100,000 (developed) or US$50,000 (developing) of net new
 * revenue from CRM Online or Dynamics 365 Plan 1 at customers where the partner is Dynamics Digital
 * Partner of Record; ERP needs gross license revenue with no association at all.
 */
class MoneyIsSummedExactlyAndCreditsCountTest {

  static Stream<Arguments> sums() {
    return Stream.of(
        // market, line amounts, met, actual, shortfall, exact sum
        Arguments.of(DEVELOPED, List.of("100000"), true, 100_000, 0, "100000"),
        Arguments.of(DEVELOPED, List.of("60000.50", "39999.50"), true, 100_000, 0, "100000.00"),
        Arguments.of(DEVELOPED, List.of("60000.50", "40000", "-0.51"), false, 99_999, 1, "99999.99"),
        Arguments.of(DEVELOPED, List.of("150000", "-50000.01"), false, 99_999, 1, "99999.99"),
        Arguments.of(DEVELOPED, List.of("0.10", "0.20", "99999.70"), true, 100_000, 0, "100000.00"),
        Arguments.of(DEVELOPED, List.of("-2500"), false, -2_500, 102_500, "-2500"),
        Arguments.of(DEVELOPING, List.of("49999.999999"), false, 49_999, 1, "49999.999999"),
        Arguments.of(DEVELOPING, List.of("30000", "20000"), true, 50_000, 0, "50000"),
        Arguments.of(DEVELOPING, List.of("70000", "-20000.000001"), false, 49_999, 1, "49999.999999"));
  }

  @ParameterizedTest(name = "{0}: {1} → met {2}, {3} counted, {4} short")
  @MethodSource("sums")
  void netNewRevenueIsTheExactSumOfTheLines(String market, List<String> amounts, boolean met, int actual, int shortfall,
      String exact) {
    RevenueData[] lines = amounts.stream().map(a -> netNew("CRM_ONLINE", a)).toArray(RevenueData[]::new);

    MetricResult result = performance(evaluate(CRM, market, AS_OF, customers(dpor("c1", lines))), "silver").metrics().get(0);

    assertEquals(met, result.met());
    assertEquals(actual, result.actual());
    assertEquals(shortfall, result.shortfall());
    assertEquals(new BigDecimal(exact), result.actualAmount());
    assertEquals(MetricUnit.USD, result.unit());
  }

  @Test
  void aCreditDropsTheSumBelowTheThresholdEvenAtAnotherCustomer() {
    PartnerData partner = customers(dpor("contoso", netNew("CRM_ONLINE", "80000"), netNew("DYNAMICS_365_PLAN_1", "20000")),
        dpor("fabrikam", netNew("CRM_ONLINE", "-0.01")));

    PerformanceResult silver = performance(evaluate(CRM, partner), "silver");

    assertEquals(false, silver.met());
    assertEquals(new BigDecimal("99999.99"), silver.metrics().get(0).actualAmount());
  }

  @Test
  void linesOfOtherProductsOrWithoutTheAssociationAreListedWithTheirReason() {
    RevenueData ineligible = netNew("DYNAMICS_365_PLAN_2", "500000");
    RevenueData unassociated = netNew("CRM_ONLINE", "250000");
    PartnerData partner = customers(dpor("c1", ineligible, netNew("CRM_ONLINE", "1000")),
        customer("c2", List.of("DELEGATED_ADMIN"), unassociated));

    PerformanceResult silver = performance(evaluate(CRM, partner), "silver");

    assertEquals(1_000, silver.actual());
    assertEquals(List.of(
        new ExcludedRevenue("c1", "DYNAMICS_365_PLAN_2", ineligible.date(), ineligible.amountUsd(), RevenueType.NET_NEW,
            ExclusionReason.INELIGIBLE_WORKLOAD),
        new ExcludedRevenue("c2", "CRM_ONLINE", unassociated.date(), unassociated.amountUsd(), RevenueType.NET_NEW,
            ExclusionReason.NO_QUALIFYING_ASSOCIATION)), silver.excludedRevenue());
  }

  @Test
  void netNewRevenueLeavesRenewalsAndConsumptionOutWithoutListingThem() {
    PartnerData partner = customers(dpor("c1", revenue("CRM_ONLINE", AS_OF, "90000", RevenueType.RENEWAL),
        revenue("CRM_ONLINE", AS_OF, "90000", RevenueType.CONSUMPTION), netNew("CRM_ONLINE", "10000")));

    PerformanceResult silver = performance(evaluate(CRM, partner), "silver");

    assertEquals(10_000, silver.actual());
    assertEquals(List.of(), silver.excludedRevenue());
  }

  static Stream<Arguments> grossLicenseRevenue() {
    return Stream.of(
        // lines (type, amount) and the gross license revenue ERP counts
        Arguments.of(List.of(RevenueType.NET_NEW, RevenueType.RENEWAL), 175_000, true),
        Arguments.of(List.of(RevenueType.RENEWAL, RevenueType.RENEWAL), 175_000, true),
        Arguments.of(List.of(RevenueType.NET_NEW, RevenueType.CONSUMPTION), 87_500, false));
  }

  @ParameterizedTest(name = "{0} of US$87,500 each → {1}, gold met {2}")
  @MethodSource("grossLicenseRevenue")
  void grossLicenseRevenueSumsNewAndRenewalLinesWithNoAssociationNeeded(List<RevenueType> types, int counted, boolean goldMet) {
    RevenueData[] lines = types.stream().map(t -> revenue("DYNAMICS_NAV", AS_OF.minusMonths(3), "87500", t)).toArray(RevenueData[]::new);

    PerformanceResult gold = performance(evaluate(ERP, customers(customer("no-association", List.of(), lines))), "gold");

    assertEquals(Metric.REVENUE, gold.metrics().get(0).metric());
    assertEquals(counted, gold.actual());
    assertEquals(goldMet, gold.met());
  }

  @Test
  void amountsFarBeyondAnIntAreSummedExactlyAndReportedClamped() {
    PartnerData partner = customers(dpor("c1", netNew("CRM_ONLINE", "999999999999999.999999"), netNew("CRM_ONLINE", "0.000001")));

    MetricResult result = performance(evaluate(CRM, partner), "silver").metrics().get(0);

    assertEquals(new BigDecimal("1000000000000000.000000"), result.actualAmount());
    assertEquals(Integer.MAX_VALUE, result.actual());
    assertEquals(0, result.shortfall());
  }
}
