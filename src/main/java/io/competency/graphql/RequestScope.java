package io.competency.graphql;

import io.competency.catalog.CatalogSnapshot;
import io.competency.access.Principal;
import java.util.Objects;

/**
 * What one GraphQL request runs against: the catalog snapshot (advanced by a mutation so that its
 * payload shows the new revision), the caller and the locale negotiated from {@code Accept-Language}.
 */
public final class RequestScope {
  static final String KEY = RequestScope.class.getName();

  private volatile CatalogSnapshot snapshot;
  private final Principal principal;
  private final String locale;

  public RequestScope(CatalogSnapshot snapshot, Principal principal, String locale) {
    this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
    this.principal = principal;
    this.locale = Objects.requireNonNull(locale, "locale");
  }

  public CatalogSnapshot snapshot() {
    return snapshot;
  }

  /** Moves this request on to a newer revision, after one of its mutations committed it. */
  public void advance(CatalogSnapshot newer) {
    if (newer.revision() > snapshot.revision()) {
      snapshot = newer;
    }
  }

  /** The authenticated caller, or null for an anonymous read. */
  public Principal principal() {
    return principal;
  }

  /** The locale fields are served in when they have no {@code locale} argument. */
  public String locale() {
    return locale;
  }
}
