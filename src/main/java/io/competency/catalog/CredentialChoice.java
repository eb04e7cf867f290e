package io.competency.catalog;

import java.util.List;

/**
 * Satisfied by holding any one of these credential codes. {@code description} is the page's lead-in
 * sentence of this list, when it gives one ("The same individual also must pass one of the following
 * exams:"); may be null.
 */
public record CredentialChoice(List<String> anyOf, Translations description) {
  public CredentialChoice {
    anyOf = List.copyOf(anyOf);
  }

  public CredentialChoice(List<String> anyOf) {
    this(anyOf, null);
  }
}
