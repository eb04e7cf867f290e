package io.competency.catalog;

import java.util.Set;
import java.util.stream.Collectors;

/** The codes a tier may refer to: markets, workloads, association types and credentials. */
public record Vocabulary(Set<String> markets, Set<String> workloads, Set<String> associationTypes, Set<String> credentials) {

  public static final Vocabulary EMPTY = new Vocabulary(Set.of(), Set.of(), Set.of(), Set.of());

  public Vocabulary {
    markets = Set.copyOf(markets);
    workloads = Set.copyOf(workloads);
    associationTypes = Set.copyOf(associationTypes);
    credentials = Set.copyOf(credentials);
  }

  public static Vocabulary of(Catalog catalog) {
    return new Vocabulary(codes(catalog.markets()), codes(catalog.workloads()), codes(catalog.associationTypes()),
        catalog.credentials().stream().map(Credential::code).collect(Collectors.toSet()));
  }

  private static Set<String> codes(java.util.List<Term> terms) {
    return terms.stream().map(Term::code).collect(Collectors.toSet());
  }
}
