package io.competency.catalog;

import io.competency.input.Problem;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An edit applied to one catalog revision: its outcome, and the snapshot it leaves. An accepted edit
 * that changes the catalog makes the next revision ({@code changed}); a rejected one, or one that
 * changes nothing (removing a translation that is not there), leaves the revision as it was. Every
 * store applies edits through {@link #of}, so they all follow this rule.
 */
public record Applied(Outcome outcome, CatalogSnapshot snapshot, boolean changed) {
  public Applied {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(snapshot, "snapshot");
  }

  /** {@code edit} applied to {@code before}; the next revision, if any, is dated {@code at}. */
  public static Applied of(CatalogSnapshot before, CatalogEdit edit, Instant at) {
    Outcome outcome = edit.apply(before.catalog());
    if (!outcome.accepted() || outcome.catalog().equals(before.catalog())) {
      return new Applied(outcome, before, false);
    }
    return new Applied(outcome, CatalogSnapshot.of(outcome.catalog(), before.revision() + 1, at), true);
  }

  /** An edit refused before it was tried, for these problems; {@code current} stays. */
  public static Applied rejected(List<Problem> problems, CatalogSnapshot current) {
    return new Applied(Outcome.rejected(problems), current, false);
  }
}
