package io.competency.evaluation.plan;

import java.util.Objects;

/** Who fills a slot of a plan: a person from the input, or a person the partner does not have yet. */
public sealed interface Assignee permits Assignee.Existing, Assignee.Newcomer {

  /** A person from the input, by id. */
  record Existing(String id) implements Assignee {
    public Existing {
      Objects.requireNonNull(id, "id");
    }
  }

  /**
   * A person not in the input, numbered 1, 2, … in the order the plan first needs them. When people need
   * not be distinct, the numbers restart in each role: newcomer 1 of one role may be newcomer 1 of another,
   * just as one existing person may fill several roles.
   */
  record Newcomer(int number) implements Assignee {
    public Newcomer {
      if (number < 1) {
        throw new IllegalArgumentException("newcomers are numbered from 1, got " + number);
      }
    }
  }
}
