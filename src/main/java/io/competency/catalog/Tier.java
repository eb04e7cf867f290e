package io.competency.catalog;

import java.util.List;
import java.util.Objects;

/** A level of an option (silver, gold, …); met when every requirement is met. Higher rank, higher tier. */
public record Tier(TierPath path, int rank, Translations name, List<Requirement> requirements) {
  public Tier {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
    requirements = List.copyOf(requirements);
  }

  public String slug() {
    return path.tier();
  }
}
