package io.competency.graphql;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import io.competency.evaluation.Evaluation;
import io.competency.store.StoreFault;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * Tells how each {@code evaluate} mutation ended, as its payload comes back from the data fetcher:
 * {@code achieved} (a tier was reached), {@code none} (no tier), {@code rejected} (userErrors, nothing
 * stored), {@code unavailable} (the store could not be reached) or {@code failed} (a fault).
 */
final class EvaluationOutcomes extends SimplePerformantInstrumentation {
  private final Consumer<String> outcomes;

  EvaluationOutcomes(Consumer<String> outcomes) {
    this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
  }

  @Override
  public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
      InstrumentationState state) {
    DataFetchingEnvironment env = parameters.getEnvironment();
    if (!(env.getParentType() instanceof GraphQLObjectType parent) || !parent.getName().equals("Mutation")
        || !env.getField().getName().equals("evaluate")) {
      return fetcher;
    }
    return e -> {
      Object value;
      try {
        value = fetcher.get(e);
      } catch (RuntimeException fault) {
        outcomes.accept(failure(fault));
        throw fault;
      }
      if (value instanceof CompletionStage<?> stage) {
        stage.whenComplete((payload, fault) -> outcomes.accept(fault != null ? failure(fault) : outcome(payload)));
      } else {
        outcomes.accept(outcome(value));
      }
      return value;
    };
  }

  private static String outcome(Object payload) {
    if (payload instanceof Map<?, ?> map) {
      if (map.get("userErrors") instanceof List<?> errors && !errors.isEmpty()) {
        return "rejected";
      }
      if (map.get("evaluation") instanceof Evaluation evaluation) {
        return evaluation.result().achievedTier() != null ? "achieved" : "none";
      }
    }
    return "failed";
  }

  private static String failure(Throwable fault) {
    Throwable cause = fault instanceof CompletionException && fault.getCause() != null ? fault.getCause() : fault;
    return StoreFault.classify(cause) instanceof StoreFault f && f.kind() == StoreFault.Kind.UNAVAILABLE ? "unavailable" : "failed";
  }
}
