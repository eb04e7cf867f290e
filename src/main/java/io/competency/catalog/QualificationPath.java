package io.competency.catalog;

import java.util.List;

/**
 * One way to qualify: every choice must be satisfied. {@code description} is the sentence that
 * introduces the path on the source page (may be null).
 */
public record QualificationPath(Translations description, List<CredentialChoice> choices) {
  public QualificationPath {
    choices = List.copyOf(choices);
  }
}
