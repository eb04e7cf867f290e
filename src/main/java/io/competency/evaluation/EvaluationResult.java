package io.competency.evaluation;

import io.competency.catalog.Tier;
import io.competency.evaluation.plan.PartnerOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The verdict on every tier of an option, in ascending rank. {@code achievedTier} is the highest-ranked
 * tier that is met (null if none); {@code nextTier} is the lowest-ranked tier above it that is not met
 * (null when there is none), the one whose shortfalls tell the partner what to do next, and
 * {@code nextSteps} a smallest plan that makes it met (empty when there is no next tier; see
 * {@link NextSteps}). {@code notices} name counted credentials past or near retirement.
 */
public record EvaluationResult(String market, LocalDate asOf, List<TierResult> tiers, Tier achievedTier, Tier nextTier,
    List<Notice> notices, List<NextStep> nextSteps) {

  public EvaluationResult {
    Objects.requireNonNull(market, "market");
    Objects.requireNonNull(asOf, "asOf");
    tiers = List.copyOf(tiers);
    notices = List.copyOf(notices);
    nextSteps = List.copyOf(nextSteps);
  }

  /** A result without next steps. */
  public EvaluationResult(String market, LocalDate asOf, List<TierResult> tiers, Tier achievedTier, Tier nextTier,
      List<Notice> notices) {
    this(market, asOf, tiers, achievedTier, nextTier, notices, List.of());
  }

  /** A result without notices. */
  public EvaluationResult(String market, LocalDate asOf, List<TierResult> tiers, Tier achievedTier, Tier nextTier) {
    this(market, asOf, tiers, achievedTier, nextTier, List.of());
  }

  /**
   * Where this result stands in a partner-wide answer ({@link PartnerOrder}): the achieved tier's rank,
   * and how far the next tier is, as shortfall against required for each metric of each of its
   * performance requirements, 1 of 1 for each authorization they miss, and people missing against people
   * needed for each skill requirement (met ones add 0). {@code catalogIndex} is the option's position in
   * catalog order.
   */
  public PartnerOrder.Standing standing(int catalogIndex) {
    List<PartnerOrder.Shortfall> shortfalls = new ArrayList<>();
    TierResult next = nextTier == null ? null : tier(nextTier.slug());
    for (RequirementResult result : next == null ? List.<RequirementResult>of() : next.requirements()) {
      if (result instanceof PerformanceResult performance) {
        performance.metrics().forEach(m -> shortfalls.add(new PartnerOrder.Shortfall(m.shortfall(), m.required())));
        performance.missingAuthorizations().forEach(a -> shortfalls.add(new PartnerOrder.Shortfall(1, 1)));
      } else {
        shortfalls.add(new PartnerOrder.Shortfall(result.shortfall(), result.required()));
      }
    }
    return new PartnerOrder.Standing(achievedTier == null ? null : achievedTier.rank(), shortfalls, catalogIndex);
  }

  /** The result for the tier with this slug, or null. */
  public TierResult tier(String slug) {
    return tiers.stream().filter(t -> t.tier().slug().equals(slug)).findFirst().orElse(null);
  }
}
