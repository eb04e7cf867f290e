package io.competency.catalog;

import java.util.Objects;

/** Where a tier lives: competency slug, option slug, tier slug. */
public record TierPath(String competency, String option, String tier) {
  public TierPath {
    Objects.requireNonNull(competency, "competency");
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(tier, "tier");
  }
}
