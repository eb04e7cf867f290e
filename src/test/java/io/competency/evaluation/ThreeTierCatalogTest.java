package io.competency.evaluation;

import static io.competency.evaluation.ThreeTierOption.ASSOCIATION;
import static io.competency.evaluation.ThreeTierOption.BRONZE;
import static io.competency.evaluation.ThreeTierOption.GOLD;
import static io.competency.evaluation.ThreeTierOption.SILVER;
import static io.competency.evaluation.ThreeTierOption.WORKLOAD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.competency.catalog.Metric;
import io.competency.catalog.Tier;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The evaluator on a made-up option ({@link ThreeTierOption}): three tiers, two metrics per performance
 * requirement, market-specific and all-market thresholds, a market without any threshold, trials allowed.
 */
class ThreeTierCatalogTest {
  private static final LocalDate AS_OF = LocalDate.of(2017, 7, 7);
  private static final LocalDate RECENT = LocalDate.of(2017, 3, 1);
  private static final List<IndividualData> QUALIFIED = List.of(new IndividualData("ann", List.of("A", "C")));

  private static EvaluationResult evaluate(String market, List<CustomerData> customers, List<IndividualData> individuals) {
    return new Evaluator().evaluate(ThreeTierOption.OPTION, market, AS_OF, customers, individuals);
  }

  private static List<CustomerData> newCustomers(int count, int usersEach) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> new CustomerData("c" + i, List.of(ASSOCIATION), RECENT,
        List.of(new DeploymentData(WORKLOAD, usersEach, false)))).toList();
  }

  static Stream<Arguments> partners() {
    return Stream.of(
        // market, customers, individuals, bronze/silver/gold met, achieved, next
        Arguments.of("DEVELOPED", newCustomers(1, 100), List.of(), true, false, false, BRONZE, SILVER),
        Arguments.of("DEVELOPED", newCustomers(1, 99), List.of(), false, false, false, null, BRONZE),
        Arguments.of("DEVELOPING", newCustomers(1, 1), List.of(), true, false, false, BRONZE, SILVER),
        Arguments.of("DEVELOPING", newCustomers(2, 100), QUALIFIED, true, true, false, SILVER, GOLD),
        Arguments.of("DEVELOPED", newCustomers(2, 100), QUALIFIED, true, false, false, BRONZE, SILVER),
        Arguments.of("DEVELOPED", newCustomers(2, 250), QUALIFIED, true, true, false, SILVER, GOLD),
        Arguments.of("DEVELOPED", newCustomers(3, 400), QUALIFIED, true, true, true, GOLD, null),
        Arguments.of("DEVELOPED", newCustomers(2, 600), QUALIFIED, true, true, false, SILVER, GOLD),
        Arguments.of("DEVELOPED", newCustomers(3, 400), List.of(), true, false, true, GOLD, null),
        Arguments.of("DEVELOPED", List.of(new CustomerData("c1", List.of(ASSOCIATION), RECENT,
            List.of(new DeploymentData(WORKLOAD, 100, true)))), List.of(), true, false, false, BRONZE, SILVER));
  }

  @ParameterizedTest(name = "{0} #{index} → achieved {6}, next {7}")
  @MethodSource("partners")
  void everyTierIsJudgedOnItsOwnAndTheHighestMetIsAchieved(String market, List<CustomerData> customers,
      List<IndividualData> individuals, boolean bronze, boolean silver, boolean gold, Tier achieved, Tier next) {
    EvaluationResult result = evaluate(market, customers, individuals);

    assertEquals(List.of(BRONZE, SILVER, GOLD), result.tiers().stream().map(TierResult::tier).toList());
    assertEquals(List.of(bronze, silver, gold), result.tiers().stream().map(TierResult::met).toList());
    assertEquals(achieved, result.achievedTier());
    assertEquals(next, result.nextTier());
  }

  @Test
  void aPerformanceRequirementIsMetOnlyWhenEveryMetricIs() {
    PerformanceResult silver = (PerformanceResult) evaluate("DEVELOPING", newCustomers(1, 300), List.of())
        .tier("silver").requirements().get(0);

    assertEquals(List.of(
        new MetricResult(Metric.ACTIVE_ENTITLEMENTS, true, 200, 300, 0),
        new MetricResult(Metric.NEW_CUSTOMERS, false, 2, 1, 1)), silver.metrics());
    assertEquals(false, silver.met());
  }

  @Test
  void theInterfaceFiguresAreThoseOfTheFirstMetric() {
    PerformanceResult gold = (PerformanceResult) evaluate("DEVELOPED", newCustomers(2, 100), List.of())
        .tier("gold").requirements().get(0);

    assertEquals(1_000, gold.required());
    assertEquals(200, gold.actual());
    assertEquals(800, gold.shortfall());
  }

  @Test
  void aMarketWithoutAThresholdDoesNotApplyTheMetric() {
    PerformanceResult bronze = (PerformanceResult) evaluate("DEVELOPING", newCustomers(1, 5), List.of())
        .tier("bronze").requirements().get(0);

    assertEquals(new MetricResult(Metric.ACTIVE_ENTITLEMENTS, true, 0, 5, 0), bronze.metrics().get(0));
    assertEquals(true, bronze.met());
  }

  @Test
  void aMarketSpecificThresholdWinsOverTheAllMarketsOne() {
    EvaluationResult developed = evaluate("DEVELOPED", newCustomers(2, 100), List.of());
    EvaluationResult developing = evaluate("DEVELOPING", newCustomers(2, 100), List.of());

    assertEquals(500, developed.tier("silver").requirements().get(0).required());
    assertEquals(200, developing.tier("silver").requirements().get(0).required());
  }

  @Test
  void anOptionWithoutTiersAchievesNothingAndHasNoNextTier() {
    EvaluationResult result = new Evaluator().evaluate(ThreeTierOption.OPTION.withoutTier("bronze").withoutTier("silver")
        .withoutTier("gold"), "DEVELOPED", AS_OF, newCustomers(1, 1), List.of());

    assertEquals(List.of(), result.tiers());
    assertEquals(null, result.achievedTier());
    assertEquals(null, result.nextTier());
  }
}
