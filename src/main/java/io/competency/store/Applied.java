package io.competency.store;

import io.competency.catalog.CatalogSnapshot;
import io.competency.catalog.Outcome;

/** An edit as a store finished it: the outcome, and the new snapshot when it was accepted (else the current one). */
public record Applied(Outcome outcome, CatalogSnapshot snapshot) {
}
