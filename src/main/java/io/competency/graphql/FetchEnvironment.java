package io.competency.graphql;

import graphql.GraphQLContext;
import graphql.execution.ExecutionId;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.directives.QueryDirectives;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import java.util.Locale;
import java.util.Map;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

/**
 * What a data fetcher sees when {@link CompiledQuery} calls it: its source, its arguments, the request's
 * GraphQL context and local context, the field and its parent type, and the schema. One instance per
 * request, moved from field to field. What a catalog fetcher never asks for (the execution path, the
 * selection set, data loaders, …) is not there: asking for it throws {@link CompiledQuery.Fallback}, and
 * the query is run by graphql-java instead.
 */
final class FetchEnvironment implements DataFetchingEnvironment {
  private final GraphQLSchema schema;
  private final GraphQLContext context;
  private final Locale locale;
  private Object source;
  private Map<String, Object> arguments;
  private Object localContext;
  private GraphQLFieldDefinition fieldDefinition;
  private GraphQLObjectType parentType;

  FetchEnvironment(GraphQLSchema schema, GraphQLContext context, Locale locale) {
    this.schema = schema;
    this.context = context;
    this.locale = locale;
  }

  /** Points this environment at the next field to fetch. */
  FetchEnvironment at(Object source, Map<String, Object> arguments, Object localContext, GraphQLFieldDefinition fieldDefinition,
      GraphQLObjectType parentType) {
    this.source = source;
    this.arguments = arguments;
    this.localContext = localContext;
    this.fieldDefinition = fieldDefinition;
    this.parentType = parentType;
    return this;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T getSource() {
    return (T) source;
  }

  @Override
  public Map<String, Object> getArguments() {
    return arguments;
  }

  @Override
  public boolean containsArgument(String name) {
    return arguments.containsKey(name);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T getArgument(String name) {
    return (T) arguments.get(name);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T getArgumentOrDefault(String name, T defaultValue) {
    return arguments.containsKey(name) ? (T) arguments.get(name) : defaultValue;
  }

  @Override
  public <T> T getContext() {
    throw new CompiledQuery.Fallback();
  }

  @Override
  public GraphQLContext getGraphQlContext() {
    return context;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T getLocalContext() {
    return (T) localContext;
  }

  @Override
  public <T> T getRoot() {
    return null;
  }

  @Override
  public GraphQLFieldDefinition getFieldDefinition() {
    return fieldDefinition;
  }

  @Override
  public java.util.List<Field> getFields() {
    throw new CompiledQuery.Fallback();
  }

  @Override
  public MergedField getMergedField() {
    throw new CompiledQuery.Fallback();
  }

  @Override
  public Field getField() {
    throw new CompiledQuery.Fallback();
  }

  @Override
  public GraphQLOutputType getFieldType() {
    return fieldDefinition.getType();
  }

  @Override
  public ExecutionStepInfo getExecutionStepInfo() {
    throw new CompiledQuery.Fallback();
  }

  @Override
  public GraphQLType getParentType() {
    return parentType;
  }

  @Override
  public GraphQLSchema getGraphQLSchema() {
    return schema;
  }

  @Override
  public Map<String, FragmentDefinition> getFragmentsByName() {
    throw new CompiledQuery.Fallback();
  }

  @Override
  public ExecutionId getExecutionId() {
    throw new CompiledQuery.Fallback();
  }

  @Override
  public DataFetchingFieldSelectionSet getSelectionSet() {
    throw new CompiledQuery.Fallback();
  }

  @Override
  public QueryDirectives getQueryDirectives() {
    throw new CompiledQuery.Fallback();
  }

  @Override
  public <K, V> DataLoader<K, V> getDataLoader(String dataLoaderName) {
    throw new CompiledQuery.Fallback();
  }

  @Override
  public DataLoaderRegistry getDataLoaderRegistry() {
    throw new CompiledQuery.Fallback();
  }

  @Override
  public Locale getLocale() {
    return locale;
  }

  @Override
  public OperationDefinition getOperationDefinition() {
    throw new CompiledQuery.Fallback();
  }

  @Override
  public Document getDocument() {
    throw new CompiledQuery.Fallback();
  }

  @Override
  public Map<String, Object> getVariables() {
    throw new CompiledQuery.Fallback();
  }
}
