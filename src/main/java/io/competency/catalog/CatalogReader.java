package io.competency.catalog;

import io.competency.input.Input;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns input trees into catalog records, checking everything a catalog must satisfy: required fields,
 * slugs and codes, English text, thresholds, unique slugs, ranks and codes, and references to known
 * markets, workloads, association types, credentials and authorizations. The bundled YAML files, rows read back from
 * the database and maintenance mutations all go through here, so a tier is held to the same rules
 * wherever it comes from.
 *
 * <p>The work is split by concern: {@link TextReader} (localized text), {@link ReferenceReader}
 * (reference data), {@link HierarchyReader} (competency, option, tier) and one {@link RequirementFormat}
 * per kind of requirement. Problems are recorded on the {@link Input} read, with its path; a method
 * returns null when what it read is wrong.
 */
public final class CatalogReader {
  private final Vocabulary vocabulary;
  private final TextReader text = new TextReader();
  private final ReferenceReader references = new ReferenceReader(text);
  private final HierarchyReader hierarchy = new HierarchyReader(this);

  /** A reader whose tiers may refer to the codes of {@code vocabulary}. */
  public CatalogReader(Vocabulary vocabulary) {
    this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
  }

  Vocabulary vocabulary() {
    return vocabulary;
  }

  /** Required localized text with an English entry. */
  public Translations text(Input in) {
    return text.text(in);
  }

  /** Localized text, or null when absent; when present it must have an English entry. */
  public Translations optionalText(Input in) {
    return text.optionalText(in);
  }

  /** Notes: a list of localized texts; absent means none. Null when any note is wrong. */
  public List<Translations> notes(Input in) {
    return text.notes(in);
  }

  public Term term(Input in) {
    return references.term(in);
  }

  /** Terms with unique codes. */
  public List<Term> terms(Input in) {
    return references.terms(in);
  }

  /** A credential whose replacements must be credentials this reader knows. */
  public Credential credential(Input in) {
    return references.credential(in, vocabulary.credentials());
  }

  /** Credentials with unique codes. */
  public List<Credential> credentials(Input in) {
    return references.credentials(in);
  }

  public Competency competency(Input in) {
    return hierarchy.competency(in);
  }

  /** An option of competency {@code competency}, with its tiers. */
  public Option option(Input in, String competency) {
    return hierarchy.option(in, competency);
  }

  public Tier tier(Input in, String competency, String option) {
    return hierarchy.tier(in, competency, option);
  }

  public Integer rank(Input in) {
    return hierarchy.rank(in);
  }

  /** A tier's requirements, or null when any of them is wrong. */
  public List<Requirement> requirements(Input in, TierPath tier) {
    return hierarchy.requirements(in, tier);
  }

  /** A required, non-empty list of distinct codes from {@code known}, or null with problems recorded. */
  static List<String> nonEmptyCodes(Input in, Set<String> known, String unknownCode, String what) {
    if (in.nonEmptyList().isEmpty()) {
      return null;
    }
    return in.distinctKnownCodes(known, unknownCode, what);
  }
}
