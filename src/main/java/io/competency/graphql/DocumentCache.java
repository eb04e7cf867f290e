package io.competency.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.schema.GraphQLSchema;
import graphql.validation.GoodFaithIntrospectionExceeded;
import io.competency.telemetry.Telemetry;
import graphql.validation.ValidationError;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Parsed, validated and limit-checked documents by query text, at most {@code capacity} of them
 * (Caffeine evicts the least used first). The HTTP layer consults it before execution (to refuse mutations over GET and to authorize), and
 * graphql-java consults it as its {@link PreparsedDocumentProvider}, so a query is parsed once.
 * An introspection query beyond graphql-java's good-faith limits (the schema asked for twice, say) is
 * a validation error like any other: the client's to fix, never a fault.
 */
public final class DocumentCache implements PreparsedDocumentProvider {
  private final GraphQLSchema schema;
  private final QueryLimits limits;
  private final Cache<String, PreparsedDocumentEntry> entries;

  public DocumentCache(GraphQLSchema schema, QueryLimits limits, int capacity) {
    this.schema = schema;
    this.limits = limits;
    this.entries = Caffeine.newBuilder().maximumSize(capacity).recordStats().build();
  }

  /** Reports its hits and misses as cache {@code documents} (the HTTP layer's lookups; graphql-java's second one is not counted). */
  public void monitor(Telemetry telemetry) {
    telemetry.monitor(entries, "documents");
  }

  /** The document for {@code query}, or its parse, validation or limit errors. */
  public PreparsedDocumentEntry get(String query) {
    return entries.get(query, this::prepare);
  }

  @Override
  public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
      Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
    PreparsedDocumentEntry known = entries.asMap().get(input.getQuery());
    return CompletableFuture.completedFuture(known != null ? known : get(input.getQuery()));
  }

  private PreparsedDocumentEntry prepare(String query) {
    ParseAndValidateResult parsed = ParseAndValidate.parse(ExecutionInput.newExecutionInput(query).build());
    if (parsed.isFailure()) {
      return new PreparsedDocumentEntry(parsed.getErrors());
    }
    List<GraphQLError> limitErrors = limits.check(parsed.getDocument());
    if (!limitErrors.isEmpty()) {
      return new PreparsedDocumentEntry(limitErrors);
    }
    List<ValidationError> invalid;
    try {
      invalid = ParseAndValidate.validate(schema, parsed.getDocument());
    } catch (GoodFaithIntrospectionExceeded e) {
      return new PreparsedDocumentEntry(List.of(QueryLimits.error(ErrorCode.GRAPHQL_VALIDATION_FAILED, e.toBadFaithError().getMessage())));
    }
    if (!invalid.isEmpty()) {
      return new PreparsedDocumentEntry(new ArrayList<>(invalid));
    }
    return new PreparsedDocumentEntry(parsed.getDocument());
  }
}
