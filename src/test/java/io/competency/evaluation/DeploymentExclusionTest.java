package io.competency.evaluation;

import static io.competency.evaluation.CloudProductivity.DELEGATED_ADMIN;
import static io.competency.evaluation.CloudProductivity.DEVELOPED;
import static io.competency.evaluation.CloudProductivity.EXCHANGE;
import static io.competency.evaluation.CloudProductivity.customer;
import static io.competency.evaluation.CloudProductivity.deployment;
import static io.competency.evaluation.CloudProductivity.evaluate;
import static io.competency.evaluation.CloudProductivity.performance;
import static io.competency.evaluation.CloudProductivity.trial;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which deployments count toward Cloud Productivity's performance thresholds, and the reason reported
 * for those that do not (the first that applies: ineligible workload, trial, no qualifying association).
 */
class DeploymentExclusionTest {
  /** A workload the requirement does not list (the evaluator takes any code; the reader admits only known ones). */
  private static final String DYNAMICS = "DYNAMICS_365";

  static Stream<Arguments> deployments() {
    return Stream.of(
        // associations, deployment, excluded with (null: counted)
        Arguments.of(List.of(DELEGATED_ADMIN), deployment(EXCHANGE, 10), null),
        Arguments.of(List.of("TRANSACTING_PARTNER"), deployment("YAMMER", 10), null),
        Arguments.of(List.of("DIGITAL_PARTNER_OF_RECORD"), deployment("SKYPE_FOR_BUSINESS", 10), null),
        Arguments.of(List.of("FAST_TRACK_PARTNER"), deployment("PROPLUS", 10), null),
        Arguments.of(List.of("UNHEARD_OF", "FAST_TRACK_PARTNER"), deployment("SHAREPOINT_ONLINE", 10), null),
        Arguments.of(List.of(DELEGATED_ADMIN), trial(EXCHANGE, 10), ExclusionReason.TRIAL),
        Arguments.of(List.of(DELEGATED_ADMIN), deployment(DYNAMICS, 10), ExclusionReason.INELIGIBLE_WORKLOAD),
        Arguments.of(List.of(), deployment(EXCHANGE, 10), ExclusionReason.NO_QUALIFYING_ASSOCIATION),
        Arguments.of(List.of("UNHEARD_OF"), deployment(EXCHANGE, 10), ExclusionReason.NO_QUALIFYING_ASSOCIATION),
        Arguments.of(List.of(), trial(DYNAMICS, 10), ExclusionReason.INELIGIBLE_WORKLOAD),
        Arguments.of(List.of(), trial(EXCHANGE, 10), ExclusionReason.TRIAL),
        Arguments.of(List.of(DELEGATED_ADMIN), trial(DYNAMICS, 10), ExclusionReason.INELIGIBLE_WORKLOAD));
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @MethodSource("deployments")
  void aDeploymentCountsOrIsExcludedWithTheFirstReasonThatApplies(List<String> associations, DeploymentData deployment,
      ExclusionReason reason) {
    PerformanceResult result = performance(evaluate(DEVELOPED, List.of(customer("c1", associations, deployment)), List.of()), "silver");

    if (reason == null) {
      assertEquals(List.of(), result.excludedDeployments());
      assertEquals(deployment.activeUsers(), result.actual());
    } else {
      assertEquals(List.of(new ExcludedDeployment("c1", deployment.workload(), deployment.activeUsers(), reason)),
          result.excludedDeployments());
      assertEquals(0, result.actual());
    }
  }

  @Test
  void excludedDeploymentsAreListedInInputOrderAndTheRestStillCount() {
    PerformanceResult result = performance(evaluate(DEVELOPED, List.of(
        customer("c1", List.of(DELEGATED_ADMIN), deployment(EXCHANGE, 1_500), trial("YAMMER", 400)),
        customer("c2", List.of(), deployment(EXCHANGE, 300)),
        customer("c3", List.of("FAST_TRACK_PARTNER"), deployment("PROPLUS", 500), deployment(DYNAMICS, 70))),
        List.of()), "silver");

    assertEquals(2_000, result.actual());
    assertEquals(true, result.met());
    assertEquals(List.of(
        new ExcludedDeployment("c1", "YAMMER", 400, ExclusionReason.TRIAL),
        new ExcludedDeployment("c2", EXCHANGE, 300, ExclusionReason.NO_QUALIFYING_ASSOCIATION),
        new ExcludedDeployment("c3", DYNAMICS, 70, ExclusionReason.INELIGIBLE_WORKLOAD)), result.excludedDeployments());
  }

  @Test
  void eachTierReportsItsOwnExclusions() {
    EvaluationResult result = evaluate(DEVELOPED, List.of(customer("c1", List.of(), deployment(EXCHANGE, 10))), List.of());

    assertEquals(performance(result, "silver").excludedDeployments(), performance(result, "gold").excludedDeployments());
    assertEquals(1, performance(result, "gold").excludedDeployments().size());
  }
}
