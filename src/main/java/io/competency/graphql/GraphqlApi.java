package io.competency.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.introspection.Introspection;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.StringValue;
import graphql.scalars.ExtendedScalars;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.TypeResolver;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.competency.store.StoreFault;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The GraphQL side of the server: the schema loaded from {@code schema/*.graphqls} (the contract),
 * wired to data fetchers, with cached documents and limits. {@link #execute} never throws: every
 * outcome is an {@link ExecutionResult} whose errors all carry an {@code extensions.code}.
 */
public final class GraphqlApi {
  private static final Logger LOG = Logger.getLogger(GraphqlApi.class.getName());

  /** The SDL files, in the order they are read from the classpath. */
  public static final List<String> SCHEMA_FILES = List.of("schema/competency-catalog.graphqls");

  private final GraphQL graphql;
  private final GraphQLSchema schema;
  private final DocumentCache documents;
  private final boolean introspection;
  /**
   * Compiled catalog queries by operation (the very node of a cached document, compared by identity);
   * {@link #NOT_COMPILED} for those that cannot be.
   */
  private final Cache<OperationDefinition, Object> compiled = Caffeine.newBuilder().weakKeys().maximumSize(500).build();
  private static final Object NOT_COMPILED = new Object();

  private GraphqlApi(GraphQLSchema schema, QueryLimits limits, boolean introspection, Consumer<String> evaluationOutcomes) {
    this.schema = schema;
    this.documents = new DocumentCache(schema, limits, 500);
    this.introspection = introspection;
    this.graphql = GraphQL.newGraphQL(schema)
        .instrumentation(new EvaluationOutcomes(evaluationOutcomes))
        .preparsedDocumentProvider(documents)
        .defaultDataFetcherExceptionHandler(new FaultHandler())
        .build();
  }

  /**
   * Builds the API. {@code modules} add data fetchers of their own (mutations, evaluations);
   * {@code otherNodes} resolves node ids the catalog does not hold.
   */
  public static GraphqlApi create(QueryLimits limits, boolean introspection, NodeLookup otherNodes,
      List<Consumer<RuntimeWiring.Builder>> modules) {
    return create(limits, introspection, otherNodes, modules, outcome -> { });
  }

  /** As above, telling {@code evaluationOutcomes} how each {@code evaluate} ended (see {@link EvaluationOutcomes}). */
  public static GraphqlApi create(QueryLimits limits, boolean introspection, NodeLookup otherNodes,
      List<Consumer<RuntimeWiring.Builder>> modules, Consumer<String> evaluationOutcomes) {
    TypeDefinitionRegistry types = new TypeDefinitionRegistry();
    SchemaParser parser = new SchemaParser();
    types.merge(parser.parse(sdl()));
    RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring();
    for (GraphQLScalarType scalar : List.of(BulkScalars.DATE, ExtendedScalars.DateTime, ExtendedScalars.Locale, ExtendedScalars.Url,
        ExtendedScalars.NonNegativeInt, ExtendedScalars.PositiveInt, BulkScalars.BIG_DECIMAL, ExtendedScalars.Json)) {
      wiring.scalar(asDeclared(scalar, types));
    }
    for (String type : List.of("Node", "Requirement", "RequirementResult")) {
      wiring.type(type, t -> t.typeResolver(BY_CLASS_NAME));
    }
    QueryFetchers.wire(wiring, otherNodes);
    CatalogFetchers.wire(wiring);
    modules.forEach(m -> m.accept(wiring));
    GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(types, wiring.build());
    return new GraphqlApi(schema, limits, introspection, evaluationOutcomes);
  }

  /**
   * A scalar's implementation with the description and {@code @specifiedBy} URL its SDL declaration
   * gives, so that introspection tells code generators what the published SDL tells them.
   */
  private static GraphQLScalarType asDeclared(GraphQLScalarType scalar, TypeDefinitionRegistry types) {
    ScalarTypeDefinition declared = types.scalars().get(scalar.getName());
    if (declared == null) {
      return scalar;
    }
    String url = declared.getDirectives("specifiedBy").stream()
        .map(d -> d.getArgument("url"))
        .filter(a -> a != null && a.getValue() instanceof StringValue)
        .map(a -> ((StringValue) a.getValue()).getValue())
        .findFirst().orElse(scalar.getSpecifiedByUrl());
    String description = declared.getDescription() != null ? declared.getDescription().getContent() : scalar.getDescription();
    return scalar.transform(b -> b.specifiedByUrl(url).description(description));
  }

  /** The SDL text the schema is built from, as served at {@code /schema.graphql}. */
  public static String sdl() {
    StringBuilder sb = new StringBuilder();
    for (String file : SCHEMA_FILES) {
      try (InputStream in = GraphqlApi.class.getClassLoader().getResourceAsStream(file)) {
        if (in == null) {
          throw new IllegalStateException("schema file missing from the classpath: " + file);
        }
        sb.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sb.toString();
  }

  /** Java classes are named as the GraphQL object types they stand for. */
  static final TypeResolver BY_CLASS_NAME = env -> {
    Object source = env.getObject();
    GraphQLObjectType type = env.getSchema().getObjectType(source.getClass().getSimpleName());
    if (type == null) {
      throw new IllegalStateException("no GraphQL type for " + source.getClass().getName());
    }
    return type;
  };

  public GraphQLSchema schema() {
    return schema;
  }

  public DocumentCache documents() {
    return documents;
  }

  /**
   * The JSON response to a catalog-only query (a {@code query} operation of a document from {@link #documents}), run
   * along its compiled plan ({@link CompiledQuery}): the same bytes as serializing {@link #execute}'s
   * result. Null when the query is not one that compiles, or when this request needs graphql-java
   * after all (an error to report, say): then {@link #execute} it.
   */
  public byte[] executeCompiled(Document document, OperationDefinition operation, Map<String, Object> variables, RequestScope scope) {
    Object plan = compiled.get(operation, k -> {
      CompiledQuery q = CompiledQuery.compile(schema, document, operation);
      return q == null ? NOT_COMPILED : q;
    });
    if (!(plan instanceof CompiledQuery q)) {
      return null;
    }
    try {
      return q.execute(variables == null ? Map.of() : variables, scope);
    } catch (CompiledQuery.Fallback e) {
      return null;
    }
  }

  public CompletableFuture<ExecutionResult> execute(String query, String operationName, Map<String, Object> variables,
      RequestScope scope) {
    ExecutionInput input = ExecutionInput.newExecutionInput(query)
        .operationName(operationName)
        .variables(variables == null ? Map.of() : variables)
        .graphQLContext(Map.of(RequestScope.KEY, scope, Introspection.INTROSPECTION_DISABLED, !introspection))
        .build();
    return graphql.executeAsync(input)
        .thenApply(GraphqlApi::withCodes)
        .exceptionally(e -> {
          LOG.log(Level.SEVERE, "GraphQL execution failed", e);
          return ExecutionResult.newExecutionResult()
              .addError(QueryLimits.error(ErrorCode.INTERNAL, "internal error")).build();
        });
  }

  /** Gives every error an {@code extensions.code}, derived from graphql-java's classification where it has none. */
  public static ExecutionResult withCodes(ExecutionResult result) {
    if (result.getErrors().isEmpty()) {
      return result;
    }
    List<GraphQLError> coded = new ArrayList<>();
    for (GraphQLError error : result.getErrors()) {
      coded.add(withCode(error));
    }
    return result.transform(b -> b.errors(coded));
  }

  static GraphQLError withCode(GraphQLError error) {
    Map<String, Object> extensions = error.getExtensions() == null ? Map.of() : error.getExtensions();
    if (extensions.containsKey("code")) {
      return error;
    }
    ErrorCode code = codeOf(error);
    Map<String, Object> withCode = new LinkedHashMap<>(extensions);
    withCode.put("code", code.name());
    return GraphqlErrorBuilder.newError()
        .errorType(code)
        .message(error.getMessage())
        .locations(error.getLocations())
        .path(error.getPath())
        .extensions(withCode)
        .build();
  }

  private static ErrorCode codeOf(GraphQLError error) {
    ErrorClassification type = error.getErrorType();
    if (error.getMessage() != null && error.getMessage().startsWith("Introspection has been disabled")) {
      return ErrorCode.INTROSPECTION_DISABLED;
    }
    if (type == ErrorType.InvalidSyntax) {
      return ErrorCode.GRAPHQL_PARSE_FAILED;
    }
    if (type == ErrorType.ValidationError) {
      return error.getMessage() != null && error.getMessage().startsWith("Variable") ? ErrorCode.BAD_USER_INPUT
          : ErrorCode.GRAPHQL_VALIDATION_FAILED;
    }
    if (type == ErrorType.OperationNotSupported) {
      return ErrorCode.BAD_REQUEST;
    }
    if (type == ErrorType.ExecutionAborted) {
      return ErrorCode.BAD_REQUEST;
    }
    return ErrorCode.INTERNAL;
  }

  /**
   * A data fetcher's failure, reported as its class says (the store classifies its own) and logged: an
   * outage in one line with its cause, input the database refused in one line, any other failure (a
   * fault of the server) with its stack trace. The client never sees internals.
   */
  private static final class FaultHandler implements DataFetcherExceptionHandler {
    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(graphql.execution.DataFetcherExceptionHandlerParameters p) {
      Throwable cause = p.getException() instanceof CompletionException c && c.getCause() != null ? c.getCause() : p.getException();
      StoreFault.Kind kind = cause instanceof StoreFault fault ? fault.kind() : null;
      ErrorCode code;
      String message;
      if (kind == StoreFault.Kind.UNAVAILABLE) {
        LOG.warning("database unavailable at " + p.getPath() + ": " + cause.getMessage());
        code = ErrorCode.UNAVAILABLE;
        message = "the database is unavailable; retry later";
      } else if (kind == StoreFault.Kind.UNSTORABLE_INPUT) {
        LOG.info("input refused by the database at " + p.getPath() + ": " + cause.getMessage());
        code = ErrorCode.BAD_USER_INPUT;
        message = "the input holds a value the database cannot store (a NUL character, a string too long): change it";
      } else {
        LOG.log(Level.SEVERE, "data fetcher failed at " + p.getPath(), cause);
        code = ErrorCode.INTERNAL;
        message = "internal error";
      }
      GraphQLError coded = GraphqlErrorBuilder.newError().errorType(code).message(message).path(p.getPath())
          .location(p.getSourceLocation()).extensions(Map.of("code", code.name())).build();
      return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(coded).build());
    }
  }
}
