package io.competency.store;

import java.time.Instant;

/**
 * One entry of the audit trail: the revision a committed change made, when, by which key
 * ({@code system} for the import of the bundled catalog into an empty database, {@code bundled-catalog}
 * for what a newer bundled catalog adds to an existing one), the mutation (or {@code import}), the id or
 * code of what changed, and the input as sent (JSON-compatible maps and lists, without
 * {@code clientMutationId}; for an import, what it added).
 */
public record CatalogChange(int revision, Instant at, String actor, String action, String target, Object detail) {
}
