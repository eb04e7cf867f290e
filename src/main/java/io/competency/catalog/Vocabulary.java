package io.competency.catalog;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The codes a tier may refer to: markets, workloads, association types, credentials and authorizations. */
public record Vocabulary(Set<String> markets, Set<String> workloads, Set<String> associationTypes, Set<String> credentials,
    Set<String> authorizations) {

  public static final Vocabulary EMPTY = new Vocabulary(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

  public Vocabulary {
    markets = Set.copyOf(markets);
    workloads = Set.copyOf(workloads);
    associationTypes = Set.copyOf(associationTypes);
    credentials = Set.copyOf(credentials);
    authorizations = Set.copyOf(authorizations);
  }

  public static Vocabulary of(Catalog catalog) {
    return new Vocabulary(codes(catalog.markets()), codes(catalog.workloads()), codes(catalog.associationTypes()),
        catalog.credentials().stream().map(Credential::code).collect(Collectors.toSet()), codes(catalog.authorizations()));
  }

  private static Set<String> codes(List<Term> terms) {
    return terms.stream().map(Term::code).collect(Collectors.toSet());
  }
}
