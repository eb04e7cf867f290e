package io.competency.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Depth, size and alias limits on a query document, checked once per distinct query text before it
 * runs. Fragments are measured once each, so a document that spreads fragments into each other many
 * times over ("fragment bombs") is measured in linear time and counted at its expanded size.
 */
public record QueryLimits(int maxDepth, int maxFields, int maxAliases) {

  public static final QueryLimits DEFAULTS = new QueryLimits(15, 2_000, 50);

  private record Measure(int depth, long fields, long aliases) {
    static final Measure ZERO = new Measure(0, 0, 0);

    Measure plus(Measure other) {
      return new Measure(Math.max(depth, other.depth), saturate(fields + other.fields), saturate(aliases + other.aliases));
    }
  }

  /** The limit errors of {@code document}, empty when it is within every limit. */
  public List<GraphQLError> check(Document document) {
    Map<String, FragmentDefinition> fragments = new HashMap<>();
    document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
    Map<String, Measure> measured = new HashMap<>();
    List<GraphQLError> errors = new ArrayList<>();
    for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
      Measure m = measure(operation.getSelectionSet(), fragments, measured, new java.util.HashSet<>());
      String name = operation.getName() == null ? "the operation" : "operation '" + operation.getName() + "'";
      if (m.depth > maxDepth) {
        errors.add(error(ErrorCode.QUERY_TOO_DEEP, name + " nests " + m.depth + " levels deep; the limit is " + maxDepth));
      }
      if (m.fields > maxFields) {
        errors.add(error(ErrorCode.QUERY_TOO_COMPLEX, name + " selects " + m.fields + " fields; the limit is " + maxFields));
      }
      if (m.aliases > maxAliases) {
        errors.add(error(ErrorCode.TOO_MANY_ALIASES, name + " uses " + m.aliases + " aliases; the limit is " + maxAliases));
      }
    }
    return errors;
  }

  private Measure measure(SelectionSet set, Map<String, FragmentDefinition> fragments, Map<String, Measure> measured,
      java.util.Set<String> inProgress) {
    if (set == null) {
      return Measure.ZERO;
    }
    Measure total = Measure.ZERO;
    for (Selection<?> selection : set.getSelections()) {
      total = total.plus(measure(selection, fragments, measured, inProgress));
    }
    return total;
  }

  private Measure measure(Selection<?> selection, Map<String, FragmentDefinition> fragments, Map<String, Measure> measured,
      java.util.Set<String> inProgress) {
    if (selection instanceof Field field) {
      Measure below = measure(field.getSelectionSet(), fragments, measured, inProgress);
      return new Measure(below.depth + 1, saturate(below.fields + 1), saturate(below.aliases + (field.getAlias() == null ? 0 : 1)));
    }
    if (selection instanceof InlineFragment inline) {
      return measure(inline.getSelectionSet(), fragments, measured, inProgress);
    }
    String name = ((FragmentSpread) selection).getName();
    Measure known = measured.get(name);
    if (known != null) {
      return known;
    }
    FragmentDefinition definition = fragments.get(name);
    if (definition == null || !inProgress.add(name)) {
      return Measure.ZERO;
    }
    Measure m = measure(definition.getSelectionSet(), fragments, measured, inProgress);
    inProgress.remove(name);
    measured.put(name, m);
    return m;
  }

  private static long saturate(long value) {
    return Math.min(value, Long.MAX_VALUE / 4);
  }

  static GraphQLError error(ErrorCode code, String message) {
    return GraphqlErrorBuilder.newError().message(message).errorType(code).extensions(Map.of("code", code.name())).build();
  }
}
