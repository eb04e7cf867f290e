package io.competency.evaluation.plan;

import java.util.List;
import java.util.Objects;

/**
 * One choice of a qualification path: holding any one of these credential codes satisfies it.
 *
 * @param anyOf the credential codes, in catalog order; never empty (an empty choice could never be earned)
 */
public record Choice(List<String> anyOf) {
  public Choice {
    Objects.requireNonNull(anyOf, "anyOf");
    anyOf = List.copyOf(anyOf);
    if (anyOf.isEmpty()) {
      throw new IllegalArgumentException("a choice needs at least one credential code");
    }
  }

  /** A choice satisfied by any one of {@code codes}. */
  public static Choice anyOf(String... codes) {
    return new Choice(List.of(codes));
  }
}
