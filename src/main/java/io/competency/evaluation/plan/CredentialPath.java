package io.competency.evaluation.plan;

import java.util.List;
import java.util.Objects;

/**
 * One way to qualify for a role: every choice must be satisfied. A path with no choices is met by anyone.
 *
 * @param choices the choices, in catalog order (the order in which a plan lists what is missing)
 */
public record CredentialPath(List<Choice> choices) {
  public CredentialPath {
    Objects.requireNonNull(choices, "choices");
    choices = List.copyOf(choices);
  }

  /** A path made of {@code choices}, all needed. */
  public static CredentialPath of(Choice... choices) {
    return new CredentialPath(List.of(choices));
  }
}
