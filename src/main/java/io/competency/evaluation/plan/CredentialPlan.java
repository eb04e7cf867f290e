package io.competency.evaluation.plan;

import java.util.List;
import java.util.Objects;

/**
 * A minimum-cost plan for one skill requirement (see {@link CredentialPlanner}).
 *
 * @param slots every slot of every role, in role order, the slots of a role ordered by person (people of
 *     the input in input order, then newcomers by number); slots already filled are included with nothing
 *     missing, so the plan is also the assignment that shows who counts where
 */
public record CredentialPlan(List<PlannedSlot> slots) {
  public CredentialPlan {
    Objects.requireNonNull(slots, "slots");
    slots = List.copyOf(slots);
  }

  /** The total number of choices to satisfy: the credentials to earn. */
  public int cost() {
    return slots.stream().mapToInt(PlannedSlot::cost).sum();
  }

  /** The slots whose person still misses something, in plan order: the steps. Empty when already met. */
  public List<PlannedSlot> gaps() {
    return slots.stream().filter(slot -> slot.cost() > 0).toList();
  }

  /** Whether the requirement is met as things stand (nothing to earn, nobody to add). */
  public boolean met() {
    return gaps().isEmpty() && newcomers() == 0;
  }

  /** How many people the plan adds: the highest newcomer number (0 when none). */
  public int newcomers() {
    return slots.stream()
        .mapToInt(slot -> slot.assignee() instanceof Assignee.Newcomer newcomer ? newcomer.number() : 0)
        .max()
        .orElse(0);
  }
}
