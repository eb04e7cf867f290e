package io.competency.evaluation;

import io.competency.catalog.CredentialChoice;
import io.competency.catalog.MarketThreshold;
import io.competency.catalog.Metric;
import io.competency.catalog.MetricThreshold;
import io.competency.catalog.Option;
import io.competency.catalog.PerformanceRequirement;
import io.competency.catalog.QualificationPath;
import io.competency.catalog.Requirement;
import io.competency.catalog.SkillRequirement;
import io.competency.catalog.Tier;
import io.competency.catalog.TierPath;
import io.competency.catalog.Translations;
import java.util.List;

/**
 * A made-up option built from records, to show the evaluator is generic: three tiers (listed out of
 * order), trials allowed, and performance requirements with two metrics each, ACTIVE_ENTITLEMENTS with
 * thresholds only for some markets and NEW_CUSTOMERS over a 12-month window in every market.
 *
 * <pre>
 * bronze (1): users  DEVELOPED 100 (none elsewhere)       + new customers (12 months) every market 1
 * silver (2): users  DEVELOPED 500, every other market 200 + new customers (12 months) every market 2
 *             + 1 individual with assessment A and one of B, C
 * gold   (3): users  every market 1,000                    + new customers (12 months) every market 3
 * </pre>
 */
public final class ThreeTierOption {
  public static final String WORKLOAD = "WORKLOAD_A";
  public static final String OTHER_WORKLOAD = "WORKLOAD_Z";
  public static final String ASSOCIATION = "RESELLER";
  public static final int WINDOW = 12;

  public static final Tier BRONZE = tier("bronze", 1, performance("bronze",
      users(new MarketThreshold("DEVELOPED", 100, null)), customers(1)));
  public static final Tier SILVER = tier("silver", 2, performance("silver",
      users(new MarketThreshold("DEVELOPED", 500, null), new MarketThreshold(null, 200, null)), customers(2)),
      skill("silver"));
  public static final Tier GOLD = tier("gold", 3, performance("gold",
      users(new MarketThreshold(null, 1000, null)), customers(3)));
  public static final Option OPTION = new Option("made-up", "only", Translations.english("Only"), Translations.english(""),
      List.of(GOLD, BRONZE, SILVER));

  private ThreeTierOption() {
  }

  public static TierPath path(String tier) {
    return new TierPath("made-up", "only", tier);
  }

  private static Tier tier(String slug, int rank, Requirement... requirements) {
    return new Tier(path(slug), rank, Translations.english(slug), List.of(requirements));
  }

  private static MetricThreshold users(MarketThreshold... thresholds) {
    return new MetricThreshold(Metric.ACTIVE_ENTITLEMENTS, null, List.of(thresholds));
  }

  private static MetricThreshold customers(int value) {
    return new MetricThreshold(Metric.NEW_CUSTOMERS, WINDOW, List.of(new MarketThreshold(null, value, null)));
  }

  private static PerformanceRequirement performance(String tier, MetricThreshold... metrics) {
    return new PerformanceRequirement(path(tier), 0, Translations.english("Perform"), List.of(), List.of(metrics),
        List.of(WORKLOAD), false, List.of(ASSOCIATION));
  }

  private static SkillRequirement skill(String tier) {
    QualificationPath path = new QualificationPath(null, List.of(new CredentialChoice(List.of("A")),
        new CredentialChoice(List.of("B", "C"))));
    return new SkillRequirement(path(tier), 1, Translations.english("Skill"), List.of(), 1, List.of(path));
  }
}
