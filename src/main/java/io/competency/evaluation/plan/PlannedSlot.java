package io.competency.evaluation.plan;

import java.util.List;
import java.util.Objects;

/**
 * One slot of a plan: who fills it, by which path, and which of that path's choices they still miss.
 *
 * @param role the 0-based index of the role in {@link SkillDemand#roles()}
 * @param assignee the person filling the slot
 * @param path the 0-based index of the path in the role's {@link RoleDemand#paths()}: the one on which the
 *     person misses the fewest choices (the first such path); for a newcomer, the first shortest path
 * @param missing the path's choices the person does not satisfy yet, in path order; empty when they
 *     already qualify
 */
public record PlannedSlot(int role, Assignee assignee, int path, List<Choice> missing) {
  public PlannedSlot {
    Objects.requireNonNull(assignee, "assignee");
    Objects.requireNonNull(missing, "missing");
    missing = List.copyOf(missing);
  }

  /** How many choices the person still has to satisfy for this slot. */
  public int cost() {
    return missing.size();
  }
}
