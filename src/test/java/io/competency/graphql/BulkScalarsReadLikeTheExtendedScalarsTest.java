package io.competency.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.GraphQLContext;
import graphql.scalars.ExtendedScalars;
import graphql.schema.GraphQLScalarType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shortcuts of {@link BulkScalars} read every value as graphql-java-extended-scalars does: the same
 * date or amount, or the same refusal with the same message.
 */
class BulkScalarsReadLikeTheExtendedScalarsTest {

  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of(BulkScalars.DATE, ExtendedScalars.Date, "2017-07-07"),
        Arguments.of(BulkScalars.DATE, ExtendedScalars.Date, "2016-02-29"),
        Arguments.of(BulkScalars.DATE, ExtendedScalars.Date, "0001-01-01"),
        Arguments.of(BulkScalars.DATE, ExtendedScalars.Date, "2017-02-29"),
        Arguments.of(BulkScalars.DATE, ExtendedScalars.Date, "2017-13-01"),
        Arguments.of(BulkScalars.DATE, ExtendedScalars.Date, "2017-7-07"),
        Arguments.of(BulkScalars.DATE, ExtendedScalars.Date, "2017-07-0x"),
        Arguments.of(BulkScalars.DATE, ExtendedScalars.Date, "+2017-07-07"),
        Arguments.of(BulkScalars.DATE, ExtendedScalars.Date, LocalDate.of(2017, 7, 7)),
        Arguments.of(BulkScalars.DATE, ExtendedScalars.Date, 20170707),
        Arguments.of(BulkScalars.BIG_DECIMAL, ExtendedScalars.GraphQLBigDecimal, new BigDecimal("-1250.50")),
        Arguments.of(BulkScalars.BIG_DECIMAL, ExtendedScalars.GraphQLBigDecimal, new BigDecimal("1E+3")),
        Arguments.of(BulkScalars.BIG_DECIMAL, ExtendedScalars.GraphQLBigDecimal, "12.50"),
        Arguments.of(BulkScalars.BIG_DECIMAL, ExtendedScalars.GraphQLBigDecimal, 42),
        Arguments.of(BulkScalars.BIG_DECIMAL, ExtendedScalars.GraphQLBigDecimal, "twelve"),
        Arguments.of(BulkScalars.BIG_DECIMAL, ExtendedScalars.GraphQLBigDecimal, true));
  }

  @ParameterizedTest(name = "{1}: {2}")
  @MethodSource("values")
  void aValueIsReadAsTheExtendedScalarReadsIt(GraphQLScalarType ours, GraphQLScalarType theirs, Object input) {
    assertEquals(ours.getName(), theirs.getName());
    assertEquals(read(theirs, input), read(ours, input));
  }

  private static Object read(GraphQLScalarType scalar, Object input) {
    try {
      Object value = scalar.getCoercing().parseValue(input, GraphQLContext.getDefault(), Locale.ROOT);
      return value instanceof BigDecimal d ? "decimal " + d.toPlainString() + " scale " + d.scale() : value;
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }
}
