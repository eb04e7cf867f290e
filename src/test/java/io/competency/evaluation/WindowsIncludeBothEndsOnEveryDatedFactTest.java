package io.competency.evaluation;

import static io.competency.evaluation.Program2017.AS_OF;
import static io.competency.evaluation.Program2017.CRM;
import static io.competency.evaluation.Program2017.DEVELOPED;
import static io.competency.evaluation.Program2017.SURFACE_HUB;
import static io.competency.evaluation.Program2017.customers;
import static io.competency.evaluation.Program2017.dpor;
import static io.competency.evaluation.Program2017.evaluate;
import static io.competency.evaluation.Program2017.performance;
import static io.competency.evaluation.Program2017.revenue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.competency.catalog.MarketThreshold;
import io.competency.catalog.Metric;
import io.competency.catalog.MetricThreshold;
import io.competency.catalog.Option;
import io.competency.catalog.PerformanceRequirement;
import io.competency.catalog.Tier;
import io.competency.catalog.TierPath;
import io.competency.catalog.Translations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A window of N months is {@code [asOf − N months, asOf]}, both ends included, for revenue lines
 * (CRM silver: net new revenue in the TTM period), device shipments (Surface Hub: the TTM period) and
 * deployments (Enterprise Mobility Management: active entitlements within the last 12 months, dated by
 * the deployment's own {@code since}, else its customer's). An undated deployment is MISSING_DATE.
 */
class WindowsIncludeBothEndsOnEveryDatedFactTest {

  static Stream<Arguments> dates() {
    LocalDate leapDay = LocalDate.of(2016, 2, 29);
    return Stream.of(
        // asOf, fact date, counted
        Arguments.of(AS_OF, LocalDate.of(2016, 7, 7), true),
        Arguments.of(AS_OF, LocalDate.of(2016, 7, 6), false),
        Arguments.of(AS_OF, LocalDate.of(2017, 1, 15), true),
        Arguments.of(AS_OF, AS_OF, true),
        Arguments.of(AS_OF, LocalDate.of(2017, 7, 8), false),
        Arguments.of(leapDay, LocalDate.of(2015, 2, 28), true),
        Arguments.of(leapDay, LocalDate.of(2015, 2, 27), false),
        Arguments.of(LocalDate.of(2017, 2, 28), LocalDate.of(2016, 2, 28), true),
        Arguments.of(LocalDate.of(2017, 2, 28), LocalDate.of(2016, 2, 27), false));
  }

  @ParameterizedTest(name = "as of {0}, a net new line of {1} counts: {2}")
  @MethodSource("dates")
  void aRevenueLineCountsInsideTheTrailingTwelveMonths(LocalDate asOf, LocalDate date, boolean counted) {
    PartnerData partner = customers(dpor("c1", revenue("CRM_ONLINE", date, "100000", RevenueType.NET_NEW)));

    PerformanceResult silver = performance(evaluate(CRM, DEVELOPED, asOf, partner), "silver");

    assertEquals(counted, silver.met());
    assertEquals(counted ? 100_000 : 0, silver.actual());
    assertEquals(counted ? List.of() : List.of(new ExcludedRevenue("c1", "CRM_ONLINE", date, new BigDecimal("100000"),
        RevenueType.NET_NEW, ExclusionReason.OUTSIDE_WINDOW)), silver.excludedRevenue());
  }

  @ParameterizedTest(name = "as of {0}, 12 devices shipped on {1} count: {2}")
  @MethodSource("dates")
  void aShipmentCountsInsideTheTrailingTwelveMonths(LocalDate asOf, LocalDate date, boolean counted) {
    PartnerData partner = new PartnerData(List.of(), List.of(), List.of(new ShipmentData("SURFACE_HUB", date, 12)),
        List.of("SURFACE_HUB_ADR"));

    PerformanceResult silver = performance(evaluate(SURFACE_HUB, DEVELOPED, asOf, partner), "silver");

    assertEquals(counted ? 12 : 0, silver.actual());
    assertEquals(counted, silver.met());
  }

  /** Enterprise Mobility Management, Enterprise Partner silver, as records: the page is not in the test catalog. */
  private static final Tier EMM_SILVER = new Tier(new TierPath("enterprise-mobility-management", "enterprise-partner", "silver"), 1,
      Translations.english("Silver"), List.of(new PerformanceRequirement(
          new TierPath("enterprise-mobility-management", "enterprise-partner", "silver"), 0,
          Translations.english("Your organization must meet the performance thresholds."), List.of(),
          List.of(new MetricThreshold(Metric.NEW_CUSTOMERS, 12, List.of(new MarketThreshold(null, 3, null))),
              new MetricThreshold(Metric.ACTIVE_ENTITLEMENTS, 12, List.of(new MarketThreshold(null, 500, null)))),
          List.of("INTUNE", "AZURE_INFORMATION_PROTECTION", "AZURE_AD_PREMIUM"), true, List.of("EMS_DELEGATED_ADMIN"))));
  private static final Option EMM = new Option("enterprise-mobility-management", "enterprise-partner",
      Translations.english("Enterprise Partner"), Translations.english(""), List.of(EMM_SILVER));

  private static PerformanceResult emm(LocalDate asOf, CustomerData... customers) {
    return performance(new Evaluator().evaluate(EMM, DEVELOPED, asOf, List.of(customers), List.of()), "silver");
  }

  private static CustomerData emsCustomer(String id, LocalDate since, DeploymentData... deployments) {
    return new CustomerData(id, List.of("EMS_DELEGATED_ADMIN"), since, List.of(deployments));
  }

  @ParameterizedTest(name = "as of {0}, a deployment since {1} counts: {2}")
  @MethodSource("dates")
  void aDeploymentCountsInsideTheWindowByItsOwnDate(LocalDate asOf, LocalDate since, boolean counted) {
    PerformanceResult result = emm(asOf, emsCustomer("c1", LocalDate.of(2000, 1, 1), new DeploymentData("INTUNE", 600, false, since)));

    assertEquals(counted ? 600 : 0, result.metrics().get(1).actual());
    assertEquals(counted ? 1 : 0, result.metrics().get(0).actual());
    assertEquals(counted ? List.of() : List.of(new ExcludedDeployment("c1", "INTUNE", 600, ExclusionReason.OUTSIDE_WINDOW)),
        result.excludedDeployments());
  }

  @Test
  void aDeploymentWithoutADateOfItsOwnTakesItsCustomers() {
    PerformanceResult result = emm(AS_OF, emsCustomer("c1", AS_OF.minusMonths(2), new DeploymentData("INTUNE", 200, false)),
        emsCustomer("c2", AS_OF.minusYears(3), new DeploymentData("INTUNE", 300, false)));

    assertEquals(List.of(1, 200), result.metrics().stream().map(MetricResult::actual).toList());
    assertEquals(List.of(new ExcludedDeployment("c2", "INTUNE", 300, ExclusionReason.OUTSIDE_WINDOW)), result.excludedDeployments());
  }

  @Test
  void aDeploymentWithNoDateAtAllIsMissingItsDate() {
    PerformanceResult result = emm(AS_OF, emsCustomer("undated", null, new DeploymentData("INTUNE", 900, false)),
        emsCustomer("trial", null, new DeploymentData("INTUNE", 50, true)));

    assertEquals(List.of(0, 0), result.metrics().stream().map(MetricResult::actual).toList());
    assertEquals(List.of(new ExcludedDeployment("undated", "INTUNE", 900, ExclusionReason.MISSING_DATE),
        new ExcludedDeployment("trial", "INTUNE", 50, ExclusionReason.TRIAL)), result.excludedDeployments());
  }

  @Test
  void withoutAWindowUndatedDeploymentsCountAsBefore() {
    PerformanceResult result = performance(CloudProductivity.evaluate(CloudProductivity.DEVELOPED,
        List.of(CloudProductivity.delegated("c1", CloudProductivity.deployment(CloudProductivity.EXCHANGE, 2_000))), List.of()),
        "silver");

    assertEquals(2_000, result.actual());
    assertEquals(List.of(), result.excludedDeployments());
  }
}
