package io.competency.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.scalars.ExtendedScalars;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The {@code Date} and {@code BigDecimal} scalars of graphql-java-extended-scalars, with a shortcut for
 * the values partners send by the hundred thousand (the dates and amounts of deployments, revenue lines
 * and shipments): a well-formed {@code yyyy-MM-dd} string becomes its date without a formatter, and a
 * {@link BigDecimal} (as the request decoder reads every JSON number with a fraction) is taken as it is
 * rather than printed and parsed again. Everything else, errors included, is the extended scalars'.
 */
final class BulkScalars {
  static final GraphQLScalarType DATE = faster(ExtendedScalars.Date, BulkScalars::date);
  static final GraphQLScalarType BIG_DECIMAL = faster(ExtendedScalars.GraphQLBigDecimal, BulkScalars::decimal);

  private BulkScalars() {
  }

  /** A value the shortcut reads, or null to leave it to the extended scalar. */
  private interface Shortcut {
    Object read(Object input);
  }

  private static LocalDate date(Object input) {
    if (!(input instanceof String s) || s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static BigDecimal decimal(Object input) {
    return input instanceof BigDecimal d ? d : null;
  }

  @SuppressWarnings("unchecked")
  private static GraphQLScalarType faster(GraphQLScalarType scalar, Shortcut shortcut) {
    Coercing<Object, Object> coercing = (Coercing<Object, Object>) scalar.getCoercing();
    return scalar.transform(builder -> builder.coercing(new Coercing<Object, Object>() {
      @Override
      public Object serialize(Object result, GraphQLContext context, Locale locale) throws CoercingSerializeException {
        return coercing.serialize(result, context, locale);
      }

      @Override
      public Object parseValue(Object input, GraphQLContext context, Locale locale) throws CoercingParseValueException {
        Object read = shortcut.read(input);
        return read != null ? read : coercing.parseValue(input, context, locale);
      }

      @Override
      public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale)
          throws CoercingParseLiteralException {
        return coercing.parseLiteral(input, variables, context, locale);
      }

      @Override
      public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
        return coercing.valueToLiteral(input, context, locale);
      }
    }));
  }
}
