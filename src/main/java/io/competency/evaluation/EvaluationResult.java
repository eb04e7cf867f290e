package io.competency.evaluation;

import io.competency.catalog.Tier;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The verdict on every tier of an option, in ascending rank. {@code achievedTier} is the highest-ranked
 * tier that is met (null if none); {@code nextTier} is the lowest-ranked tier above it that is not met
 * (null when there is none), the one whose shortfalls tell the partner what to do next. {@code notices}
 * name counted credentials past or near retirement.
 */
public record EvaluationResult(String market, LocalDate asOf, List<TierResult> tiers, Tier achievedTier, Tier nextTier,
    List<Notice> notices) {

  public EvaluationResult {
    Objects.requireNonNull(market, "market");
    Objects.requireNonNull(asOf, "asOf");
    tiers = List.copyOf(tiers);
    notices = List.copyOf(notices);
  }

  /** A result without notices. */
  public EvaluationResult(String market, LocalDate asOf, List<TierResult> tiers, Tier achievedTier, Tier nextTier) {
    this(market, asOf, tiers, achievedTier, nextTier, List.of());
  }

  /** The result for the tier with this slug, or null. */
  public TierResult tier(String slug) {
    return tiers.stream().filter(t -> t.tier().slug().equals(slug)).findFirst().orElse(null);
  }
}
