package io.competency.evaluation.plan;

import java.util.List;
import java.util.Objects;

/**
 * One role of a skill requirement: {@code slots} people, each qualified by one of {@code paths}.
 *
 * @param slots how many people the role needs (0 or more)
 * @param paths the alternative qualifications, in catalog order (ties between paths go to the first);
 *     never empty
 */
public record RoleDemand(int slots, List<CredentialPath> paths) {
  public RoleDemand {
    Objects.requireNonNull(paths, "paths");
    paths = List.copyOf(paths);
    if (slots < 0) {
      throw new IllegalArgumentException("slots must not be negative, got " + slots);
    }
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("a role needs at least one path");
    }
  }

  /** A role of {@code slots} people qualified by any one of {@code paths}. */
  public static RoleDemand of(int slots, CredentialPath... paths) {
    return new RoleDemand(slots, List.of(paths));
  }
}
