package io.competency.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * What a newer bundled catalog adds to a catalog that already lives in a database, as one
 * {@link CatalogEdit}: markets, workloads, association types, credentials and authorizations by code,
 * competencies by slug, options and tiers by their path. Everything the catalog holds stays exactly as
 * it is (a maintainer's edited tier or translation is never overwritten); what the bundled catalog holds
 * and the catalog does not is added, unless it was imported once already (its key is in
 * {@code imported}): then a maintainer removed it, and it stays removed. A bundled tier whose rank a
 * tier of the existing option already has is left out (see {@link #skipped()}), so the edit never
 * fails.
 *
 * <p>Keys, as stores record them: {@code market:DEVELOPED}, {@code workload:AZURE},
 * {@code association:FAST_TRACK_PARTNER}, {@code credential:70-480}, {@code authorization:SURFACE_HUB_ADR},
 * {@code competency:devops}, {@code option:devops/devops-partner}, {@code tier:devops/devops-partner/gold}.
 */
public final class BundledCatalogUpgrade implements CatalogEdit {
  /** The audit trail's action for it, as for the first import of the bundled catalog. */
  public static final String ACTION = "import";

  private final Catalog bundled;
  private final Set<String> imported;
  private final List<String> added = new ArrayList<>();
  private final List<String> skipped = new ArrayList<>();

  private BundledCatalogUpgrade(Catalog bundled, Set<String> imported) {
    this.bundled = bundled;
    this.imported = imported;
  }

  /**
   * The upgrade of {@code current} to {@code bundled}, given the keys imported into it before. Its
   * {@link #added()}, {@link #skipped()} and {@link #detail()} describe what it does to {@code current};
   * a store makes it from the catalog as committed, under its lock.
   */
  public static BundledCatalogUpgrade of(Catalog current, Catalog bundled, Set<String> imported) {
    Objects.requireNonNull(current, "current");
    BundledCatalogUpgrade upgrade = new BundledCatalogUpgrade(Objects.requireNonNull(bundled, "bundled"),
        Set.copyOf(Objects.requireNonNull(imported, "imported")));
    upgrade.merge(current, upgrade.added, upgrade.skipped);
    return upgrade;
  }

  /** Every key of {@code catalog}, in catalog order (reference data first, then each competency's tree). */
  public static Set<String> keys(Catalog catalog) {
    Set<String> keys = new LinkedHashSet<>();
    catalog.markets().forEach(t -> keys.add(market(t)));
    catalog.workloads().forEach(t -> keys.add(workload(t)));
    catalog.associationTypes().forEach(t -> keys.add(association(t)));
    catalog.credentials().forEach(c -> keys.add(credential(c)));
    catalog.authorizations().forEach(t -> keys.add(authorization(t)));
    for (Competency competency : catalog.competencies()) {
      keys.add(competency(competency));
      for (Option option : competency.options()) {
        keys.add(option(option));
        option.tiers().forEach(t -> keys.add(tier(t)));
      }
    }
    return keys;
  }

  /** The keys this upgrade adds, in catalog order. */
  public List<String> added() {
    return List.copyOf(added);
  }

  /** Bundled tiers left out because the existing option already has a tier of their rank. */
  public List<String> skipped() {
    return List.copyOf(skipped);
  }

  @Override
  public Outcome apply(Catalog current) {
    Catalog upgraded = merge(current, new ArrayList<>(), new ArrayList<>());
    return Outcome.changed(upgraded, null, added());
  }

  @Override
  public String action() {
    return ACTION;
  }

  @Override
  public Object detail() {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("source", "bundled catalog");
    detail.put("added", added());
    if (!skipped.isEmpty()) {
      detail.put("skipped", skipped());
    }
    return detail;
  }

  private Catalog merge(Catalog current, List<String> addedKeys, List<String> skippedKeys) {
    Catalog out = current;
    out = terms(out, bundled.markets(), current.markets(), BundledCatalogUpgrade::market, Catalog::withMarket, addedKeys);
    out = terms(out, bundled.workloads(), current.workloads(), BundledCatalogUpgrade::workload, Catalog::withWorkload, addedKeys);
    out = terms(out, bundled.associationTypes(), current.associationTypes(), BundledCatalogUpgrade::association,
        Catalog::withAssociationType, addedKeys);
    out = terms(out, bundled.credentials(), current.credentials(), BundledCatalogUpgrade::credential, Catalog::withCredential, addedKeys);
    out = terms(out, bundled.authorizations(), current.authorizations(), BundledCatalogUpgrade::authorization,
        Catalog::withAuthorization, addedKeys);
    for (Competency competency : bundled.competencies()) {
      Competency existing = out.competency(competency.slug());
      if (existing == null && isNew(competency(competency))) {
        addedKeys.add(competency(competency));
        existing = new Competency(competency.slug(), competency.name(), competency.description(), List.of());
      }
      if (existing != null) {
        out = out.withCompetency(options(existing, competency, addedKeys, skippedKeys));
      }
    }
    return out;
  }

  private Competency options(Competency existing, Competency bundledCompetency, List<String> addedKeys, List<String> skippedKeys) {
    Competency out = existing;
    for (Option option : bundledCompetency.options()) {
      Option present = out.option(option.slug());
      if (present == null && isNew(option(option))) {
        addedKeys.add(option(option));
        present = new Option(option.competency(), option.slug(), option.name(), option.description(), List.of());
      }
      if (present != null) {
        out = out.withOption(tiers(present, option, addedKeys, skippedKeys));
      }
    }
    return out;
  }

  private Option tiers(Option existing, Option bundledOption, List<String> addedKeys, List<String> skippedKeys) {
    Option out = existing;
    for (Tier tier : bundledOption.tiers()) {
      if (out.tier(tier.slug()) != null || !isNew(tier(tier))) {
        continue;
      }
      if (out.tiers().stream().anyMatch(t -> t.rank() == tier.rank())) {
        skippedKeys.add(tier(tier));
        continue;
      }
      addedKeys.add(tier(tier));
      out = out.withTier(tier);
    }
    return out;
  }

  private <T> Catalog terms(Catalog catalog, List<T> offered, List<T> present, java.util.function.Function<T, String> key,
      BiFunction<Catalog, T, Catalog> with, List<String> addedKeys) {
    Set<String> there = new LinkedHashSet<>();
    present.forEach(t -> there.add(key.apply(t)));
    Catalog out = catalog;
    for (T term : offered) {
      String k = key.apply(term);
      if (!there.contains(k) && isNew(k)) {
        addedKeys.add(k);
        out = with.apply(out, term);
      }
    }
    return out;
  }

  private boolean isNew(String key) {
    return !imported.contains(key);
  }

  private static String market(Term t) {
    return "market:" + t.code();
  }

  private static String workload(Term t) {
    return "workload:" + t.code();
  }

  private static String association(Term t) {
    return "association:" + t.code();
  }

  private static String credential(Credential c) {
    return "credential:" + c.code();
  }

  private static String authorization(Term t) {
    return "authorization:" + t.code();
  }

  private static String competency(Competency c) {
    return "competency:" + c.slug();
  }

  private static String option(Option o) {
    return "option:" + o.competency() + "/" + o.slug();
  }

  private static String tier(Tier t) {
    return "tier:" + t.path().competency() + "/" + t.path().option() + "/" + t.slug();
  }
}
