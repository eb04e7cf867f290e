package io.competency.evaluation;

import static io.competency.evaluation.ThreeTierOption.ASSOCIATION;
import static io.competency.evaluation.ThreeTierOption.OTHER_WORKLOAD;
import static io.competency.evaluation.ThreeTierOption.WORKLOAD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * NEW_CUSTOMERS counts distinct customers with a counted deployment whose {@code since} lies in the
 * 12-month window before {@code asOf}, both ends included: {@code asOf - 12 months <= since <= asOf}.
 */
class NewCustomersWindowTest {
  private static final LocalDate AS_OF = LocalDate.of(2017, 7, 7);

  private static PerformanceResult bronze(LocalDate asOf, List<CustomerData> customers) {
    EvaluationResult result = new Evaluator().evaluate(ThreeTierOption.OPTION, "DEVELOPED", asOf, customers, List.of());
    return (PerformanceResult) result.tier("bronze").requirements().get(0);
  }

  private static CustomerData customer(String id, LocalDate since, DeploymentData... deployments) {
    return new CustomerData(id, List.of(ASSOCIATION), since, List.of(deployments));
  }

  private static DeploymentData deployment(String workload, int users) {
    return new DeploymentData(workload, users, false);
  }

  static Stream<Arguments> sinceDates() {
    return Stream.of(
        // asOf, since, counts
        Arguments.of(AS_OF, LocalDate.of(2017, 7, 7), true),
        Arguments.of(AS_OF, LocalDate.of(2017, 1, 15), true),
        Arguments.of(AS_OF, LocalDate.of(2016, 7, 7), true),
        Arguments.of(AS_OF, LocalDate.of(2016, 7, 6), false),
        Arguments.of(AS_OF, LocalDate.of(2017, 7, 8), false),
        Arguments.of(AS_OF, LocalDate.of(2009, 1, 1), false),
        Arguments.of(AS_OF, null, false),  // excluded as MISSING_DATE, see below
        Arguments.of(LocalDate.of(2017, 2, 28), LocalDate.of(2016, 2, 28), true),
        Arguments.of(LocalDate.of(2017, 2, 28), LocalDate.of(2016, 2, 27), false),
        Arguments.of(LocalDate.of(2016, 2, 29), LocalDate.of(2015, 2, 28), true),
        Arguments.of(LocalDate.of(2016, 2, 29), LocalDate.of(2015, 2, 27), false));
  }

  @ParameterizedTest(name = "as of {0}, since {1} → counts {2}")
  @MethodSource("sinceDates")
  void aCustomerIsNewWhenItsSinceLiesInTheWindowBothEndsIncluded(LocalDate asOf, LocalDate since, boolean counts) {
    PerformanceResult result = bronze(asOf, List.of(customer("c1", since, deployment(WORKLOAD, 100))));

    assertEquals(counts ? 1 : 0, result.metrics().get(1).actual());
    assertEquals(counts, result.met());
    ExclusionReason reason = since == null ? ExclusionReason.MISSING_DATE : ExclusionReason.OUTSIDE_WINDOW;
    assertEquals(counts ? List.of() : List.of(new ExcludedDeployment("c1", WORKLOAD, 100, reason)), result.excludedDeployments());
  }

  @Test
  void aCustomerOutsideTheWindowIsReportedOncePerCountedDeploymentAndStillCountsItsUsers() {
    PerformanceResult result = bronze(AS_OF, List.of(customer("old", LocalDate.of(2015, 1, 1),
        deployment(WORKLOAD, 60), deployment(OTHER_WORKLOAD, 5), new DeploymentData(WORKLOAD + "_2", 1, false))));

    assertEquals(List.of(
        new ExcludedDeployment("old", OTHER_WORKLOAD, 5, ExclusionReason.INELIGIBLE_WORKLOAD),
        new ExcludedDeployment("old", WORKLOAD + "_2", 1, ExclusionReason.INELIGIBLE_WORKLOAD),
        new ExcludedDeployment("old", WORKLOAD, 60, ExclusionReason.OUTSIDE_WINDOW)), result.excludedDeployments());
    assertEquals(60, result.metrics().get(0).actual());
    assertEquals(0, result.metrics().get(1).actual());
  }

  @Test
  void aCustomerCountsOnceHoweverManyDeploymentsItHas() {
    PerformanceResult result = bronze(AS_OF, List.of(
        customer("c1", AS_OF, deployment(WORKLOAD, 1), deployment(WORKLOAD, 2)),
        customer("c2", AS_OF.minusMonths(1), deployment(WORKLOAD, 3))));

    assertEquals(2, result.metrics().get(1).actual());
    assertEquals(6, result.metrics().get(0).actual());
  }

  @Test
  void aCustomerInTheWindowWithoutCountedDeploymentsIsNotNew() {
    PerformanceResult result = bronze(AS_OF, List.of(
        customer("ineligible", AS_OF, deployment(OTHER_WORKLOAD, 100)),
        new CustomerData("unassociated", List.of(), AS_OF, List.of(deployment(WORKLOAD, 100)))));

    assertEquals(0, result.metrics().get(1).actual());
    assertEquals(List.of(ExclusionReason.INELIGIBLE_WORKLOAD, ExclusionReason.NO_QUALIFYING_ASSOCIATION),
        result.excludedDeployments().stream().map(ExcludedDeployment::reason).toList());
  }
}
