package io.competency.catalog;

import java.util.List;
import java.util.Objects;

/**
 * One role of a skill requirement: {@code individuals} people, each qualified by one of the
 * {@code paths} (any one suffices). {@code title} is the sentence describing the role on the source
 * page (may be null).
 */
public record SkillRole(int individuals, Translations title, List<QualificationPath> paths) {
  public SkillRole {
    if (individuals < 1) {
      throw new IllegalArgumentException("a role needs at least 1 individual");
    }
    paths = List.copyOf(paths);
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("a role needs at least one path");
    }
  }
}
