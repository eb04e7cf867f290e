package io.competency.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * One role of a skill requirement: {@code actual} people fill it, {@code required} are needed.
 * {@code filledElsewhere} are the people who qualify for this role but fill another role of the
 * requirement (people differ between roles), in input order.
 */
public record SkillRoleResult(int role, boolean met, int required, int actual, List<String> filledElsewhere) {
  public SkillRoleResult {
    Objects.requireNonNull(filledElsewhere, "filledElsewhere");
    filledElsewhere = List.copyOf(filledElsewhere);
  }

  public SkillRoleResult(int role, boolean met, int required, int actual) {
    this(role, met, required, actual, List.of());
  }

  public int shortfall() {
    return Math.max(0, required - actual);
  }
}
