package io.competency.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One catalog revision, immutable and indexed for serving reads without I/O. Servers hold the
 * current snapshot and swap it whole when a new revision is committed.
 */
public final class CatalogSnapshot {
  private final Catalog catalog;
  private final int revision;
  private final Instant updatedAt;
  private final Map<String, Competency> competencies;
  private final Map<String, Term> markets;
  private final Map<String, Term> workloads;
  private final Map<String, Term> associationTypes;
  private final Map<String, Credential> credentials;
  private final Map<String, Term> authorizations;
  private final List<String> locales;
  private final Vocabulary vocabulary;

  private CatalogSnapshot(Catalog catalog, int revision, Instant updatedAt) {
    this.catalog = catalog;
    this.revision = revision;
    this.updatedAt = updatedAt;
    this.competencies = index(catalog.competencies(), Competency::slug);
    this.markets = index(catalog.markets(), Term::code);
    this.workloads = index(catalog.workloads(), Term::code);
    this.associationTypes = index(catalog.associationTypes(), Term::code);
    this.credentials = index(catalog.credentials(), Credential::code);
    this.authorizations = index(catalog.authorizations(), Term::code);
    this.locales = collectLocales(catalog);
    this.vocabulary = Vocabulary.of(catalog);
  }

  public static CatalogSnapshot of(Catalog catalog, int revision, Instant updatedAt) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(updatedAt, "updatedAt");
    return new CatalogSnapshot(catalog, revision, updatedAt);
  }

  public Catalog catalog() {
    return catalog;
  }

  public int revision() {
    return revision;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** Every locale any text of the catalog is written in, English first. */
  public List<String> locales() {
    return locales;
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  public List<Competency> competencies() {
    return catalog.competencies();
  }

  public Competency competency(String slug) {
    return competencies.get(slug);
  }

  public Option option(String competency, String option) {
    Competency c = competencies.get(competency);
    return c == null ? null : c.option(option);
  }

  public Tier tier(TierPath path) {
    Option o = option(path.competency(), path.option());
    return o == null ? null : o.tier(path.tier());
  }

  public Term market(String code) {
    return markets.get(code);
  }

  public Term workload(String code) {
    return workloads.get(code);
  }

  public Term associationType(String code) {
    return associationTypes.get(code);
  }

  public Credential credential(String code) {
    return credentials.get(code);
  }

  public Term authorization(String code) {
    return authorizations.get(code);
  }

  /** The catalog object a {@link NodeId} names, or null. */
  public Object node(NodeId id) {
    return CatalogNodes.find(id, competencies::get);
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    items.forEach(item -> map.put(key.apply(item), item));
    return Map.copyOf(map);
  }

  private static List<String> collectLocales(Catalog catalog) {
    TreeSet<String> found = new TreeSet<>();
    List<Translations> texts = new ArrayList<>();
    catalog.markets().forEach(t -> texts.add(t.name()));
    catalog.workloads().forEach(t -> texts.add(t.name()));
    catalog.associationTypes().forEach(t -> texts.add(t.name()));
    catalog.credentials().forEach(c -> texts.add(c.title()));
    catalog.authorizations().forEach(t -> texts.add(t.name()));
    for (Competency c : catalog.competencies()) {
      texts.add(c.name());
      texts.add(c.description());
      for (Option o : c.options()) {
        texts.add(o.name());
        texts.add(o.description());
        for (Tier t : o.tiers()) {
          texts.add(t.name());
          t.requirements().forEach(r -> texts.addAll(r.texts()));
        }
      }
    }
    texts.stream().filter(Objects::nonNull).forEach(t -> found.addAll(t.byLocale().keySet()));
    found.remove(Translations.ENGLISH);
    List<String> out = new ArrayList<>();
    out.add(Translations.ENGLISH);
    out.addAll(found);
    return List.copyOf(out);
  }
}
