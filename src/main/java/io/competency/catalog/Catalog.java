package io.competency.catalog;

import java.util.List;

/**
 * The whole catalog as plain data: what the bundled files, the database and the maintenance mutations
 * all produce. {@link CatalogSnapshot} adds a revision and indexes for serving.
 */
public record Catalog(
    List<Competency> competencies,
    List<Term> markets,
    List<Term> workloads,
    List<Term> associationTypes,
    List<Credential> credentials,
    List<Term> authorizations) {

  public static final Catalog EMPTY = new Catalog(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  public Catalog {
    competencies = List.copyOf(competencies);
    markets = List.copyOf(markets);
    workloads = List.copyOf(workloads);
    associationTypes = List.copyOf(associationTypes);
    credentials = List.copyOf(credentials);
    authorizations = List.copyOf(authorizations);
  }

  /** A catalog without partner authorizations. */
  public Catalog(List<Competency> competencies, List<Term> markets, List<Term> workloads, List<Term> associationTypes,
      List<Credential> credentials) {
    this(competencies, markets, workloads, associationTypes, credentials, List.of());
  }

  public Competency competency(String slug) {
    return competencies.stream().filter(c -> c.slug().equals(slug)).findFirst().orElse(null);
  }

  /** The same reference data without competencies. */
  public Catalog referencesOnly() {
    return new Catalog(List.of(), markets, workloads, associationTypes, credentials, authorizations);
  }

  public Catalog withCompetency(Competency competency) {
    return new Catalog(Lists.replaceOrAppend(competencies, competency, c -> c.slug().equals(competency.slug())),
        markets, workloads, associationTypes, credentials, authorizations);
  }

  public Catalog withWorkload(Term workload) {
    return new Catalog(competencies, markets, Lists.replaceOrAppend(workloads, workload, w -> w.code().equals(workload.code())),
        associationTypes, credentials, authorizations);
  }

  public Catalog withMarket(Term market) {
    return new Catalog(competencies, Lists.replaceOrAppend(markets, market, m -> m.code().equals(market.code())),
        workloads, associationTypes, credentials, authorizations);
  }

  public Catalog withAssociationType(Term type) {
    return new Catalog(competencies, markets, workloads,
        Lists.replaceOrAppend(associationTypes, type, a -> a.code().equals(type.code())), credentials, authorizations);
  }

  public Catalog withCredential(Credential credential) {
    return new Catalog(competencies, markets, workloads, associationTypes,
        Lists.replaceOrAppend(credentials, credential, c -> c.code().equals(credential.code())), authorizations);
  }

  public Catalog withAuthorization(Term authorization) {
    return new Catalog(competencies, markets, workloads, associationTypes, credentials,
        Lists.replaceOrAppend(authorizations, authorization, a -> a.code().equals(authorization.code())));
  }
}
