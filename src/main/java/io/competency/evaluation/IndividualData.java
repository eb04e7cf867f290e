package io.competency.evaluation;

import java.util.List;
import java.util.Objects;

/** A person at the partner and the credential codes they hold. */
public record IndividualData(String id, List<String> credentials) {
  public IndividualData {
    Objects.requireNonNull(id, "id");
    credentials = List.copyOf(credentials);
  }
}
