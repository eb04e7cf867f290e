package io.competency.catalog;


/**
 * A change to the catalog, applied by a {@link CatalogStore} to the catalog as it stands at commit
 * time (under the store's lock), so concurrent maintainers on several servers never overwrite each
 * other. It is pure: it only returns the outcome.
 */
public interface CatalogEdit {

  Outcome apply(Catalog current);

  /** What the edit is, for the audit trail: e.g. {@code addTier}. */
  String action();

  /** The input as given, for the audit trail (JSON-compatible maps and lists). */
  Object detail();
}
