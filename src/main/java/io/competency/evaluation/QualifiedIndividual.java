package io.competency.evaluation;

import java.util.Objects;

/** An individual who satisfies a skill requirement; {@code path} is the 0-based index of the first path they satisfy. */
public record QualifiedIndividual(String id, int path) {
  public QualifiedIndividual {
    Objects.requireNonNull(id, "id");
  }
}
