package io.competency.evaluation;

import io.competency.catalog.Tier;
import java.util.List;
import java.util.Objects;

/** The verdict on one tier: met when every requirement is met; results follow the tier's requirements. */
public record TierResult(Tier tier, boolean met, List<RequirementResult> requirements) {
  public TierResult {
    Objects.requireNonNull(tier, "tier");
    requirements = List.copyOf(requirements);
  }
}
