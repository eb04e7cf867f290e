package io.competency.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An exam, certification or assessment an individual can hold. {@code url} may be null. {@code issuer}
 * is {@value #MICROSOFT} or the third party that awards it (PMI, Scrum.org, Scrum Alliance).
 * {@code retiresOn} (may be null) is the day the source page says it retires; a retired credential still
 * counts, and evaluations that count it carry a notice. {@code replacedBy} lists the credentials the page
 * names as its replacements.
 */
public record Credential(String code, CredentialKind kind, Translations title, String url, String issuer,
    LocalDate retiresOn, List<String> replacedBy) {

  public static final String MICROSOFT = "Microsoft";

  public Credential {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(issuer, "issuer");
    replacedBy = List.copyOf(replacedBy);
  }

  /** A Microsoft credential with no retirement date. */
  public Credential(String code, CredentialKind kind, Translations title, String url) {
    this(code, kind, title, url, MICROSOFT, null, List.of());
  }
}
