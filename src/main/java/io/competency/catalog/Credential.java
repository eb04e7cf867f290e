package io.competency.catalog;

import java.util.Objects;

/** An exam, certification or assessment an individual can hold; {@code url} may be null. */
public record Credential(String code, CredentialKind kind, Translations title, String url) {
  public Credential {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
  }
}
