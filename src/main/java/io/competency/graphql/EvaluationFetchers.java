package io.competency.graphql;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.competency.catalog.CatalogSnapshot;
import io.competency.catalog.NodeId;
import io.competency.catalog.Term;
import io.competency.catalog.Translations;
import io.competency.evaluate.Evaluations;
import io.competency.evaluation.Evaluation;
import io.competency.evaluation.Explanations;
import io.competency.evaluation.Notice;
import io.competency.evaluation.PerformanceResult;
import io.competency.evaluation.RequirementResult;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The {@code evaluate} mutation and reading evaluations back, as GraphQL: the use case is
 * {@link Evaluations}; these fetchers hand it the input and the caller, and shape what it answers.
 */
public final class EvaluationFetchers implements Consumer<RuntimeWiring.Builder>, NodeLookup {
  private final Evaluations evaluations;

  public EvaluationFetchers(Evaluations evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void accept(RuntimeWiring.Builder wiring) {
    wiring.type("Mutation", t -> t.dataFetcher("evaluate", this::evaluate));
    wiring.type("Query", t -> t.dataFetcher("evaluation", env -> find(NodeId.parse(env.getArgument("id")), env)));
    wiring.type("Evaluation", t -> t
        .dataFetcher("id", env -> NodeId.of(NodeId.EVALUATION, env.<Evaluation>getSource().id().toString()).encode())
        .dataFetcher("reference", env -> env.<Evaluation>getSource().request().reference())
        .dataFetcher("createdAt", env -> env.<Evaluation>getSource().createdAt().atOffset(ZoneOffset.UTC))
        .dataFetcher("asOf", env -> env.<Evaluation>getSource().result().asOf())
        .dataFetcher("competency", env -> CatalogFetchers.snapshot(env).competency(env.<Evaluation>getSource().request().competency()))
        .dataFetcher("option", env -> {
          Evaluation e = env.getSource();
          return CatalogFetchers.snapshot(env).option(e.request().competency(), e.request().option());
        })
        .dataFetcher("market", env -> CatalogFetchers.snapshot(env).market(env.<Evaluation>getSource().request().market()))
        .dataFetcher("achievedTier", env -> env.<Evaluation>getSource().result().achievedTier())
        .dataFetcher("nextTier", env -> env.<Evaluation>getSource().result().nextTier())
        .dataFetcher("tiers", env -> DataFetcherResult.newResult()
            .data(env.<Evaluation>getSource().result().tiers())
            .localContext(env.<Evaluation>getSource())
            .build())
        .dataFetcher("notices", env -> DataFetcherResult.newResult()
            .data(env.<Evaluation>getSource().result().notices())
            .localContext(env.<Evaluation>getSource())
            .build()));
    for (String type : List.of("PerformanceResult", "SkillResult")) {
      wiring.type(type, t -> t.dataFetcher("explanation", this::explanation));
    }
    wiring.type("PerformanceResult", t -> t.dataFetcher("missingAuthorizations", env -> {
      CatalogSnapshot snapshot = CatalogFetchers.snapshot(env);
      return env.<PerformanceResult>getSource().missingAuthorizations().stream()
          .map(code -> snapshot.authorization(code) != null ? snapshot.authorization(code) : new Term(code, Translations.english(code)))
          .toList();
    }));
    wiring.type("Notice", t -> t
        .dataFetcher("credential", env -> CatalogFetchers.snapshot(env).credential(env.<Notice>getSource().credential()))
        .dataFetcher("message", this::noticeMessage));
  }

  @Override
  public CompletableFuture<Object> find(NodeId id, DataFetchingEnvironment env) {
    return evaluations.find(id, CatalogFetchers.scope(env).principal()).<Object>map(e -> e).toCompletionStage().toCompletableFuture();
  }

  private CompletableFuture<Map<String, Object>> evaluate(DataFetchingEnvironment env) {
    Map<String, Object> input = env.getArgument("input");
    RequestScope scope = CatalogFetchers.scope(env);
    return evaluations.evaluate(scope.snapshot(), input, scope.principal().name())
        .map(done -> UserErrors.payload("evaluation", done.evaluation(), done.problems(), input))
        .toCompletionStage().toCompletableFuture();
  }

  /** The explanation in the wanted locale when explanations are written in it, else in English, flagged as fallback. */
  private LocalizedText explanation(DataFetchingEnvironment env) {
    RequirementResult result = env.getSource();
    Evaluation evaluation = evaluationOf(env);
    String wanted = CatalogFetchers.wantedLocale(env);
    String served = Explanations.supports(wanted) ? wanted : Translations.ENGLISH;
    String market = evaluation == null ? null : evaluation.request().market();
    Explanations explanations = Explanations.of(CatalogFetchers.snapshot(env), market == null ? "" : market);
    return new LocalizedText(explanations.explain(result, served), Locale.forLanguageTag(served),
        !served.equals(wanted));
  }

  /** The message of a notice in the wanted locale when explanations are written in it, else in English, flagged as fallback. */
  private LocalizedText noticeMessage(DataFetchingEnvironment env) {
    Notice notice = env.getSource();
    Evaluation evaluation = env.getLocalContext();
    String wanted = CatalogFetchers.wantedLocale(env);
    String served = Explanations.supports(wanted) ? wanted : Translations.ENGLISH;
    Explanations explanations = Explanations.of(CatalogFetchers.snapshot(env), evaluation.request().market());
    return new LocalizedText(explanations.explain(notice, evaluation.result().asOf(), served), Locale.forLanguageTag(served),
        !served.equals(wanted));
  }

  /** The evaluation a result belongs to, handed down from {@code Evaluation.tiers} as local context. */
  private static Evaluation evaluationOf(DataFetchingEnvironment env) {
    return env.getLocalContext() instanceof Evaluation e ? e : null;
  }
}
