package io.competency.catalog;

import java.util.List;

/** Satisfied by holding any one of these credential codes. */
public record CredentialChoice(List<String> anyOf) {
  public CredentialChoice {
    anyOf = List.copyOf(anyOf);
  }
}
