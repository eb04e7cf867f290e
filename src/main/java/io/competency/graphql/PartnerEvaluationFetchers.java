package io.competency.graphql;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.competency.catalog.CatalogSnapshot;
import io.competency.catalog.Term;
import io.competency.catalog.Translations;
import io.competency.evaluate.PartnerEvaluations;
import io.competency.evaluation.Evaluation;
import io.competency.evaluation.Explanations;
import io.competency.evaluation.NextStep;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The {@code evaluatePartner} mutation and the plan of an evaluation ({@code Evaluation.nextSteps}), as
 * GraphQL: the use case is {@link PartnerEvaluations}; these fetchers hand it the input and the caller,
 * and shape what it answers. Codes in a step become the catalog's objects; a credential the catalog no
 * longer has is left out of {@code anyOf}, an authorization it no longer has is named by its code.
 */
public final class PartnerEvaluationFetchers implements Consumer<RuntimeWiring.Builder> {
  private final PartnerEvaluations evaluations;

  public PartnerEvaluationFetchers(PartnerEvaluations evaluations) {
    this.evaluations = Objects.requireNonNull(evaluations, "evaluations");
  }

  @Override
  public void accept(RuntimeWiring.Builder wiring) {
    wiring.type("Mutation", t -> t.dataFetcher("evaluatePartner", this::evaluatePartner));
    wiring.type("Evaluation", t -> t.dataFetcher("nextSteps", env -> DataFetcherResult.newResult()
        .data(env.<Evaluation>getSource().result().nextSteps())
        .localContext(env.<Evaluation>getSource())
        .build()));
    wiring.type("NextStep", t -> t
        .dataFetcher("unit", env -> env.<NextStep>getSource().unit())
        .dataFetcher("authorization", PartnerEvaluationFetchers::authorization)
        .dataFetcher("anyOf", env -> {
          CatalogSnapshot snapshot = CatalogFetchers.snapshot(env);
          return env.<NextStep>getSource().anyOf().stream().map(snapshot::credential).filter(Objects::nonNull).toList();
        })
        .dataFetcher("explanation", PartnerEvaluationFetchers::explanation));
  }

  private CompletableFuture<Map<String, Object>> evaluatePartner(DataFetchingEnvironment env) {
    Map<String, Object> input = env.getArgument("input");
    RequestScope scope = CatalogFetchers.scope(env);
    return evaluations.evaluate(scope.snapshot(), input, scope.principal().name())
        .map(done -> UserErrors.payload("evaluations", done.evaluations(), done.problems(), input))
        .toCompletionStage().toCompletableFuture();
  }

  private static Term authorization(DataFetchingEnvironment env) {
    String code = env.<NextStep>getSource().authorization();
    if (code == null) {
      return null;
    }
    Term term = CatalogFetchers.snapshot(env).authorization(code);
    return term != null ? term : new Term(code, Translations.english(code));
  }

  /** The step in words, in the wanted locale when explanations are written in it, else in English, flagged as fallback. */
  private static LocalizedText explanation(DataFetchingEnvironment env) {
    NextStep step = env.getSource();
    Evaluation evaluation = env.getLocalContext();
    String wanted = CatalogFetchers.wantedLocale(env);
    String served = Explanations.supports(wanted) ? wanted : Translations.ENGLISH;
    Explanations explanations = Explanations.of(CatalogFetchers.snapshot(env), evaluation.request().market());
    return new LocalizedText(explanations.explain(step, served), Locale.forLanguageTag(served), !served.equals(wanted));
  }
}
