package io.competency.graphql;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.execution.DataFetcherResult;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.Argument;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLUnionType;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.SingletonPropertyDataFetcher;
import io.vertx.core.json.jackson.DatabindCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A catalog query compiled once per document: the fields each object type selects are collected,
 * merged and bound to their data fetchers and output types ahead of time, and a request walks the
 * snapshot's immutable records along that plan, writing the response's JSON bytes as it goes. The
 * answer is the same, byte for byte, as graphql-java's execution serialized by Vert.x's Jackson
 * codec; it only skips what graphql-java does for every field of every request (execution steps,
 * environments, futures, result maps) and the copy of the result into a tree before serializing it.
 *
 * <p>Only what catalog reads use is compiled: queries, fields, aliases, fragments, {@code __typename},
 * {@code @skip}/{@code @include} with literal conditions, arguments, interfaces resolved by class
 * name. {@link #compile} returns null for anything else (introspection, say). A request that meets
 * anything unusual as it runs (a null where the schema allows none, a fetcher's error, a variable that
 * does not coerce) throws {@link Fallback}, and the caller runs it with graphql-java, which reports it
 * properly: the catalog is immutable and its fetchers pure, so running a query twice is harmless.
 */
final class CompiledQuery {
  /** Thrown when a request is to be run by graphql-java instead. */
  static final class Fallback extends RuntimeException {
    Fallback() {
      super(null, null, false, false);
    }
  }

  private static final JsonFactory JSON = DatabindCodec.mapper().getFactory();
  private static final SerializedString DATA = new SerializedString("data");

  private final GraphQLSchema schema;
  private final OperationDefinition operation;
  private final ObjectPlan root;

  private CompiledQuery(GraphQLSchema schema, OperationDefinition operation, ObjectPlan root) {
    this.schema = schema;
    this.operation = operation;
    this.root = root;
  }

  /** The plan of {@code operation} (a validated query of {@code document}), or null when it cannot be compiled. */
  static CompiledQuery compile(GraphQLSchema schema, Document document, OperationDefinition operation) {
    if (operation.getOperation() != OperationDefinition.Operation.QUERY || !operation.getDirectives().isEmpty()) {
      return null;
    }
    try {
      Compiler compiler = new Compiler(schema, document);
      return new CompiledQuery(schema, operation, compiler.object(schema.getQueryType(), List.of(operation.getSelectionSet()), true));
    } catch (Unsupported e) {
      return null;
    }
  }

  /** The response's JSON: {@code {"data":{…}}}. Throws {@link Fallback} when graphql-java is to run the request instead. */
  byte[] execute(Map<String, Object> variables, RequestScope scope) {
    GraphQLContext context = GraphQLContext.of(Map.of(RequestScope.KEY, scope));
    Locale locale = Locale.getDefault();
    try {
      CoercedVariables coerced = operation.getVariableDefinitions().isEmpty() ? CoercedVariables.emptyVariables()
          : ValuesResolver.coerceVariableValues(schema, operation.getVariableDefinitions(), RawVariables.of(variables), context, locale);
      Run run = new Run(new FetchEnvironment(schema, context, locale), coerced, context, locale);
      ByteArrayBuilder bytes = new ByteArrayBuilder(16 * 1024);
      try (JsonGenerator json = JSON.createGenerator(bytes)) {
        json.writeStartObject();
        json.writeFieldName(DATA);
        root.write(null, null, run, json);
        json.writeEndObject();
      }
      return bytes.toByteArray();
    } catch (Fallback e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      throw new Fallback();
    }
  }

  /** What one request carries along the plan. */
  private record Run(FetchEnvironment env, CoercedVariables variables, GraphQLContext context, Locale locale) {
  }

  /** A document that uses something this compiler does not do. */
  private static final class Unsupported extends RuntimeException {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  // --- plans ----------------------------------------------------------------------------------------------

  /** How a value of one output type is written. */
  private interface ValuePlan {
    void write(Object value, Object localContext, Run run, JsonGenerator json) throws IOException;
  }

  private record NonNullPlan(ValuePlan inner) implements ValuePlan {
    @Override
    public void write(Object value, Object localContext, Run run, JsonGenerator json) throws IOException {
      if (value == null) {
        throw new Fallback();
      }
      inner.write(value, localContext, run, json);
    }
  }

  private record ListPlan(ValuePlan element) implements ValuePlan {
    @Override
    public void write(Object value, Object localContext, Run run, JsonGenerator json) throws IOException {
      if (value == null) {
        json.writeNull();
        return;
      }
      json.writeStartArray();
      if (value instanceof List<?> list) {
        for (int i = 0, n = list.size(); i < n; i++) {
          element.write(list.get(i), localContext, run, json);
        }
      } else if (value instanceof Iterable<?> iterable) {
        for (Object item : iterable) {
          element.write(item, localContext, run, json);
        }
      } else if (value instanceof Object[] array) {
        for (Object item : array) {
          element.write(item, localContext, run, json);
        }
      } else {
        throw new Fallback();
      }
      json.writeEndArray();
    }
  }

  /**
   * A scalar. Catalog text is the same String objects request after request, and most of a response is
   * text: its encoded JSON (quoted, escaped, UTF-8) is kept, for up to {@link #ENCODED} values of plain
   * immutable types, and copied out rather than encoded again. (A URL serializes as its text, as Jackson
   * writes it.)
   */
  private static final class ScalarPlan implements ValuePlan {
    private static final int ENCODED = 4_096;

    private final GraphQLScalarType type;
    private final Map<Object, SerializedString> encoded = new ConcurrentHashMap<>();

    ScalarPlan(GraphQLScalarType type) {
      this.type = type;
    }

    @Override
    public void write(Object value, Object localContext, Run run, JsonGenerator json) throws IOException {
      if (value == null) {
        json.writeNull();
        return;
      }
      SerializedString known = encoded.get(value);
      if (known != null) {
        json.writeString(known);
        return;
      }
      Object serialized = type.getCoercing().serialize(value, run.context(), run.locale());
      String text = serialized instanceof String s ? s : serialized instanceof java.net.URL url ? url.toString() : null;
      if (text != null && keyable(value) && encoded.size() < ENCODED) {
        SerializedString quoted = new SerializedString(text);
        encoded.put(value, quoted);
        json.writeString(quoted);
        return;
      }
      writeSerialized(serialized, json);
    }

    /** Values whose equality is their content and never changes (not a URL, whose equals resolves host names). */
    private static boolean keyable(Object value) {
      return value instanceof String || value instanceof Locale || value instanceof Enum<?>;
    }
  }

  private record EnumPlan(GraphQLEnumType type) implements ValuePlan {
    @Override
    public void write(Object value, Object localContext, Run run, JsonGenerator json) throws IOException {
      if (value == null) {
        json.writeNull();
        return;
      }
      writeSerialized(type.serialize(value, run.context(), run.locale()), json);
    }
  }

  /** An abstract type: the object type named like the value's class (as the schema's type resolver does). */
  private record AbstractPlan(Map<String, ObjectPlan> byTypeName) implements ValuePlan {
    @Override
    public void write(Object value, Object localContext, Run run, JsonGenerator json) throws IOException {
      if (value == null) {
        json.writeNull();
        return;
      }
      ObjectPlan plan = byTypeName.get(value.getClass().getSimpleName());
      if (plan == null) {
        throw new Fallback();
      }
      plan.write(value, localContext, run, json);
    }
  }

  /** An object type with the fields selected on it, in response order. */
  private static final class ObjectPlan implements ValuePlan {
    /** The query type, whose source is null. */
    private final boolean root;
    private FieldPlan[] fields;

    ObjectPlan(boolean root) {
      this.root = root;
    }

    @Override
    public void write(Object source, Object localContext, Run run, JsonGenerator json) throws IOException {
      if (source == null && !root) {
        json.writeNull();
        return;
      }
      json.writeStartObject();
      for (FieldPlan field : fields) {
        json.writeFieldName(field.key);
        field.write(source, localContext, run, json);
      }
      json.writeEndObject();
    }
  }

  /** One response key of an object: the field to fetch, its arguments and how to write its value. */
  private static final class FieldPlan {
    private final SerializedString key;
    private final String name;
    private final GraphQLFieldDefinition definition;
    private final GraphQLObjectType parent;
    private final DataFetcher<?> fetcher;
    private final boolean property;
    private final Map<String, Object> constantArguments;
    private final List<Argument> variableArguments;
    private final String typeName;
    private ValuePlan value;
    /** The record accessor of the last source class seen (sources of an interface's field differ in class). */
    private volatile Accessor accessor;

    FieldPlan(String key, GraphQLFieldDefinition definition, GraphQLObjectType parent, DataFetcher<?> fetcher,
        Map<String, Object> constantArguments, List<Argument> variableArguments, String typeName) {
      this.key = new SerializedString(key);
      this.name = definition == null ? null : definition.getName();
      this.definition = definition;
      this.parent = parent;
      this.fetcher = fetcher;
      this.property = fetcher instanceof SingletonPropertyDataFetcher || fetcher instanceof PropertyDataFetcher;
      this.constantArguments = constantArguments;
      this.variableArguments = variableArguments;
      this.typeName = typeName;
    }

    void write(Object source, Object localContext, Run run, JsonGenerator json) throws IOException {
      if (typeName != null) {
        json.writeString(typeName);
        return;
      }
      Object fetched = property ? property(source, run, localContext) : fetch(source, localContext, run);
      Object childContext = localContext;
      if (fetched instanceof DataFetcherResult<?> result) {
        if (result.hasErrors()) {
          throw new Fallback();
        }
        if (result.getLocalContext() != null) {
          childContext = result.getLocalContext();
        }
        fetched = result.getData();
      } else if (fetched instanceof CompletableFuture<?> future) {
        if (!future.isDone() || future.isCompletedExceptionally()) {
          throw new Fallback();
        }
        fetched = future.getNow(null);
      }
      value.write(fetched, childContext, run, json);
    }

    private Object fetch(Object source, Object localContext, Run run) {
      Map<String, Object> arguments = variableArguments == null ? constantArguments
          : ValuesResolver.getArgumentValues(definition.getArguments(), variableArguments, run.variables(), run.context(), run.locale());
      try {
        return fetcher.get(run.env().at(source, arguments, localContext, definition, parent));
      } catch (Fallback e) {
        throw e;
      } catch (Exception e) {
        throw new Fallback();
      }
    }

    /** A field without a fetcher of its own: the record component (or map entry) of its name, as graphql-java reads it. */
    private Object property(Object source, Run run, Object localContext) {
      if (source instanceof Map<?, ?> map) {
        return map.get(name);
      }
      if (source == null) {
        return null;
      }
      Accessor known = accessor;
      if (known == null || known.type() != source.getClass()) {
        known = new Accessor(source.getClass(), handle(source.getClass(), name));
        accessor = known;
      }
      if (known.handle() == null) {
        return fetch(source, localContext, run);
      }
      try {
        return known.handle().invokeExact(source);
      } catch (Throwable e) {
        throw new Fallback();
      }
    }

    private record Accessor(Class<?> type, MethodHandle handle) {
    }

    /** The public record component accessor {@code name} of {@code type}, as {@code (Object) -> Object}; null if there is none. */
    private static MethodHandle handle(Class<?> type, String name) {
      if (!type.isRecord() || !Modifier.isPublic(type.getModifiers())) {
        return null;
      }
      try {
        Method method = type.getMethod(name);
        return MethodHandles.publicLookup().unreflect(method).asType(MethodType.methodType(Object.class, Object.class));
      } catch (NoSuchMethodException | IllegalAccessException e) {
        return null;
      }
    }
  }

  /** A scalar's or enum's serialized value, written as Vert.x's Jackson codec writes it (a URL as its text, say). */
  private static void writeSerialized(Object value, JsonGenerator json) throws IOException {
    if (value instanceof String s) {
      json.writeString(s);
    } else if (value instanceof Integer i) {
      json.writeNumber(i);
    } else if (value instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (value instanceof Long l) {
      json.writeNumber(l);
    } else if (value instanceof BigDecimal d) {
      json.writeNumber(d);
    } else if (value instanceof BigInteger i) {
      json.writeNumber(i);
    } else if (value instanceof Double d) {
      json.writeNumber(d);
    } else {
      json.writeObject(value);
    }
  }

  // --- the compiler -----------------------------------------------------------------------------------------

  /** Builds plans: the fields of an object type collected from merged selection sets, as graphql-java collects them. */
  private static final class Compiler {
    private final GraphQLSchema schema;
    private final GraphQLCodeRegistry code;
    private final Map<String, FragmentDefinition> fragments = new HashMap<>();

    Compiler(GraphQLSchema schema, Document document) {
      this.schema = schema;
      this.code = schema.getCodeRegistry();
      document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
    }

    ObjectPlan object(GraphQLObjectType type, List<SelectionSet> sets, boolean root) {
      ObjectPlan plan = new ObjectPlan(root);
      Map<String, List<Field>> collected = new LinkedHashMap<>();
      Set<String> visited = new HashSet<>();
      for (SelectionSet set : sets) {
        collect(type, set, collected, visited);
      }
      List<FieldPlan> fields = new ArrayList<>();
      for (Map.Entry<String, List<Field>> e : collected.entrySet()) {
        fields.add(field(type, e.getKey(), e.getValue()));
      }
      plan.fields = fields.toArray(FieldPlan[]::new);
      return plan;
    }

    private FieldPlan field(GraphQLObjectType parent, String key, List<Field> merged) {
      Field first = merged.get(0);
      if (first.getName().equals("__typename")) {
        return new FieldPlan(key, null, parent, null, Map.of(), null, parent.getName());
      }
      if (first.getName().startsWith("__")) {
        throw new Unsupported();
      }
      GraphQLFieldDefinition definition = parent.getFieldDefinition(first.getName());
      if (definition == null) {
        throw new Unsupported();
      }
      DataFetcher<?> fetcher = code.getDataFetcher(FieldCoordinates.coordinates(parent, definition), definition);
      boolean variables = first.getArguments().stream().anyMatch(a -> a.getValue() instanceof VariableReference);
      Map<String, Object> constants = variables ? null : ValuesResolver.getArgumentValues(definition.getArguments(), first.getArguments(),
          CoercedVariables.emptyVariables(), GraphQLContext.getDefault(), Locale.getDefault());
      FieldPlan plan = new FieldPlan(key, definition, parent, fetcher, constants, variables ? first.getArguments() : null, null);
      List<SelectionSet> sub = new ArrayList<>();
      for (Field f : merged) {
        if (f.getSelectionSet() != null) {
          sub.add(f.getSelectionSet());
        }
      }
      plan.value = value(definition.getType(), sub);
      return plan;
    }

    private ValuePlan value(GraphQLType type, List<SelectionSet> sub) {
      if (type instanceof GraphQLNonNull nonNull) {
        return new NonNullPlan(value(nonNull.getWrappedType(), sub));
      }
      if (type instanceof GraphQLList list) {
        return new ListPlan(value(list.getWrappedType(), sub));
      }
      if (type instanceof GraphQLScalarType scalar) {
        return new ScalarPlan(scalar);
      }
      if (type instanceof GraphQLEnumType enumType) {
        return new EnumPlan(enumType);
      }
      if (type instanceof GraphQLObjectType object) {
        return object(object, sub, false);
      }
      List<GraphQLObjectType> possible;
      if (type instanceof GraphQLInterfaceType iface && code.getTypeResolver(iface) == GraphqlApi.BY_CLASS_NAME) {
        possible = schema.getImplementations(iface);
      } else if (type instanceof GraphQLUnionType union && code.getTypeResolver(union) == GraphqlApi.BY_CLASS_NAME) {
        possible = union.getTypes().stream().map(GraphQLObjectType.class::cast).toList();
      } else {
        throw new Unsupported();
      }
      Map<String, ObjectPlan> byName = new HashMap<>();
      for (GraphQLObjectType object : possible) {
        byName.put(object.getName(), object(object, sub, false));
      }
      return new AbstractPlan(byName);
    }

    private void collect(GraphQLObjectType type, SelectionSet set, Map<String, List<Field>> collected, Set<String> visited) {
      for (Selection<?> selection : set.getSelections()) {
        if (selection instanceof Field field) {
          if (included(field.getDirectives())) {
            collected.computeIfAbsent(field.getResultKey(), k -> new ArrayList<>()).add(field);
          }
        } else if (selection instanceof InlineFragment inline) {
          if (included(inline.getDirectives())
              && (inline.getTypeCondition() == null || applies(inline.getTypeCondition().getName(), type))) {
            collect(type, inline.getSelectionSet(), collected, visited);
          }
        } else if (selection instanceof FragmentSpread spread) {
          if (!included(spread.getDirectives()) || visited.contains(spread.getName())) {
            continue;
          }
          visited.add(spread.getName());
          FragmentDefinition fragment = fragments.get(spread.getName());
          if (fragment == null) {
            throw new Unsupported();
          }
          if (applies(fragment.getTypeCondition().getName(), type)) {
            collect(type, fragment.getSelectionSet(), collected, visited);
          }
        }
      }
    }

    private boolean applies(String condition, GraphQLObjectType type) {
      if (condition.equals(type.getName())) {
        return true;
      }
      GraphQLType conditionType = schema.getType(condition);
      if (conditionType instanceof GraphQLInterfaceType iface) {
        return schema.getImplementations(iface).contains(type);
      }
      if (conditionType instanceof GraphQLUnionType union) {
        return union.getTypes().stream().map(GraphQLNamedType::getName).anyMatch(type.getName()::equals);
      }
      return false;
    }

    /** Whether {@code @skip}/{@code @include} keep a selection; conditions must be literals. */
    private static boolean included(List<Directive> directives) {
      boolean included = true;
      for (Directive directive : directives) {
        boolean condition = condition(directive);
        if (directive.getName().equals("skip")) {
          included &= !condition;
        } else if (directive.getName().equals("include")) {
          included &= condition;
        } else {
          throw new Unsupported();
        }
      }
      return included;
    }

    private static boolean condition(Directive directive) {
      Argument argument = directive.getArgument("if");
      if (argument == null || !(argument.getValue() instanceof BooleanValue value)) {
        throw new Unsupported();
      }
      return value.isValue();
    }
  }

}
