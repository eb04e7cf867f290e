package io.competency.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** A way of attaining a competency; its tiers are kept in ascending rank. */
public record Option(String competency, String slug, Translations name, Translations description, List<Tier> tiers) {
  public Option {
    Objects.requireNonNull(competency, "competency");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    tiers = tiers.stream().sorted(Comparator.comparingInt(Tier::rank)).toList();
  }

  /** The tier with this slug, or null. */
  public Tier tier(String tierSlug) {
    return tiers.stream().filter(t -> t.slug().equals(tierSlug)).findFirst().orElse(null);
  }

  public Option withTier(Tier tier) {
    return new Option(competency, slug, name, description, Lists.replaceOrAppend(tiers, tier, t -> t.slug().equals(tier.slug())));
  }

  public Option withoutTier(String tierSlug) {
    return new Option(competency, slug, name, description, tiers.stream().filter(t -> !t.slug().equals(tierSlug)).toList());
  }
}
