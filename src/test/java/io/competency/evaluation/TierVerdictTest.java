package io.competency.evaluation;

import static io.competency.evaluation.CloudProductivity.DEVELOPED;
import static io.competency.evaluation.CloudProductivity.DEVELOPING;
import static io.competency.evaluation.CloudProductivity.EXAM_346;
import static io.competency.evaluation.CloudProductivity.EXAM_347;
import static io.competency.evaluation.CloudProductivity.EXCHANGE;
import static io.competency.evaluation.CloudProductivity.MCSA;
import static io.competency.evaluation.CloudProductivity.OPTION;
import static io.competency.evaluation.CloudProductivity.delegated;
import static io.competency.evaluation.CloudProductivity.deployment;
import static io.competency.evaluation.CloudProductivity.evaluate;
import static io.competency.evaluation.CloudProductivity.individual;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which Cloud Productivity tier a partner achieves (all its requirements met) and which one comes next. */
class TierVerdictTest {
  private static final List<IndividualData> ONE = List.of(individual("ann", EXAM_346, EXAM_347));
  private static final List<IndividualData> TWO = List.of(individual("ann", EXAM_346, EXAM_347), individual("bob", MCSA));

  static Stream<Arguments> partners() {
    return Stream.of(
        // market, active users, individuals, silver met, gold met, achieved, next
        Arguments.of(DEVELOPED, 0, List.of(), false, false, null, "silver"),
        Arguments.of(DEVELOPED, 1_999, ONE, false, false, null, "silver"),
        Arguments.of(DEVELOPED, 2_000, List.of(), false, false, null, "silver"),
        Arguments.of(DEVELOPED, 2_000, ONE, true, false, "silver", "gold"),
        Arguments.of(DEVELOPING, 1_000, ONE, true, false, "silver", "gold"),
        Arguments.of(DEVELOPED, 3_999, TWO, true, false, "silver", "gold"),
        Arguments.of(DEVELOPED, 4_000, ONE, true, false, "silver", "gold"),
        Arguments.of(DEVELOPED, 4_000, TWO, true, true, "gold", null),
        Arguments.of(DEVELOPING, 4_000, TWO, true, true, "gold", null),
        Arguments.of(DEVELOPED, 1_999, TWO, false, false, null, "silver"));
  }

  @ParameterizedTest(name = "{0}, {1} users, {2} → achieved {5}, next {6}")
  @MethodSource("partners")
  void theAchievedTierIsTheHighestMetAndTheNextIsTheFirstUnmetAboveIt(String market, int users,
      List<IndividualData> individuals, boolean silverMet, boolean goldMet, String achieved, String next) {
    EvaluationResult result = evaluate(market, List.of(delegated("c1", deployment(EXCHANGE, users))), individuals);

    assertEquals(silverMet, result.tier("silver").met());
    assertEquals(goldMet, result.tier("gold").met());
    assertEquals(achieved == null ? null : OPTION.tier(achieved), result.achievedTier());
    assertEquals(next == null ? null : OPTION.tier(next), result.nextTier());
  }

  @Test
  void everyTierIsReportedInAscendingRankWithEveryRequirement() {
    EvaluationResult result = evaluate(DEVELOPED, List.of(), List.of());

    assertEquals(List.of("silver", "gold"), result.tiers().stream().map(t -> t.tier().slug()).toList());
    for (TierResult tier : result.tiers()) {
      assertEquals(tier.tier().requirements(), tier.requirements().stream().map(RequirementResult::requirement).toList());
    }
    assertEquals(DEVELOPED, result.market());
    assertEquals(CloudProductivity.AS_OF, result.asOf());
  }
}
