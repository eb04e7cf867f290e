package io.competency.evaluation.plan;

import java.util.List;
import java.util.Objects;

/**
 * A person at the partner and the credential codes they hold. Codes that no choice names are ignored.
 *
 * @param id the partner's id for the person; ids are expected to be distinct (the evaluation input
 *     refuses duplicates), the planner treats every entry as its own person
 * @param credentials the codes held, in any order, repetitions allowed
 */
public record Individual(String id, List<String> credentials) {
  public Individual {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(credentials, "credentials");
    credentials = List.copyOf(credentials);
  }

  /** {@code id} holding {@code codes}. */
  public static Individual of(String id, String... codes) {
    return new Individual(id, List.of(codes));
  }
}
