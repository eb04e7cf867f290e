package io.competency.evaluation;

import java.util.Objects;

/**
 * A person counted by a skill requirement: the 0-based index of the {@code role} they fill and of the
 * {@code path} (within that role) they qualify by.
 */
public record QualifiedIndividual(String id, int path, int role) {
  public QualifiedIndividual {
    Objects.requireNonNull(id, "id");
  }

  /** A person filling the first (or only) role. */
  public QualifiedIndividual(String id, int path) {
    this(id, path, 0);
  }
}
