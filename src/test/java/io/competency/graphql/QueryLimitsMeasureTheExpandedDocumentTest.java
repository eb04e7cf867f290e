package io.competency.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import graphql.GraphQLError;
import graphql.parser.Parser;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link QueryLimits} measures depth, fields and aliases of a document as it would run, fragments
 * expanded, without expanding them (so fragment bombs are measured in linear time).
 */
class QueryLimitsMeasureTheExpandedDocumentTest {
  /** Depth 3, 10 fields, 2 aliases. */
  private static final QueryLimits LIMITS = new QueryLimits(3, 10, 2);

  static Stream<Arguments> documents() {
    return Stream.of(
        argumentSet("within every limit", "{ a { b { c } } }", List.of()),
        argumentSet("depth at the limit", "{ a { b { c } } d }", List.of()),
        argumentSet("one level too deep", "{ a { b { c { d } } } }", List.of("QUERY_TOO_DEEP")),
        argumentSet("too deep through a fragment", "{ a { ...F } } fragment F on T { b { c { d } } }", List.of("QUERY_TOO_DEEP")),
        argumentSet("too deep through an inline fragment", "{ a { ... on T { b { c { d } } } } }", List.of("QUERY_TOO_DEEP")),
        argumentSet("fields at the limit", "{ a b c d e f g h i j }", List.of()),
        argumentSet("one field too many", "{ a b c d e f g h i j k }", List.of("QUERY_TOO_COMPLEX")),
        argumentSet("nested fields count", "{ a { b c d } e { f g h } i { j k } }", List.of("QUERY_TOO_COMPLEX")),
        argumentSet("a fragment counts at every spread", "{ a { ...F } b { ...F } } fragment F on T { c d e f g }",
            List.of("QUERY_TOO_COMPLEX")),
        argumentSet("aliases at the limit", "{ x: a y: b }", List.of()),
        argumentSet("one alias too many", "{ x: a y: b z: c }", List.of("TOO_MANY_ALIASES")),
        argumentSet("aliases in a fragment count per spread", "{ a { ...F } b { ...F } } fragment F on T { x: c }",
            List.of()),
        argumentSet("aliases in a fragment spread three times", "{ a { ...F } b { ...F } c { ...F } } fragment F on T { x: c }",
            List.of("TOO_MANY_ALIASES")),
        argumentSet("every limit at once", "{ x: a { y: b { z: c { d e f g h i j k } } } }",
            List.of("QUERY_TOO_DEEP", "QUERY_TOO_COMPLEX", "TOO_MANY_ALIASES")),
        argumentSet("every operation is measured", "query Small { a } query Big { a { b { c { d } } } }", List.of("QUERY_TOO_DEEP")),
        argumentSet("a fragment cycle terminates", "{ a { ...A } } fragment A on T { b ...B } fragment B on T { c ...A }", List.of()));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void reportsExactlyTheLimitsADocumentExceeds(String document, List<String> codes) {
    List<GraphQLError> errors = LIMITS.check(Parser.parse(document));

    assertEquals(codes, errors.stream().map(e -> e.getExtensions().get("code")).toList(),
        () -> errors.stream().map(GraphQLError::getMessage).toList().toString());
  }

  @Test
  void theErrorNamesTheOperationTheMeasureAndTheLimit() {
    List<GraphQLError> errors = LIMITS.check(Parser.parse("query Big { a { b { c { d } } } }"));

    assertEquals("operation 'Big' nests 4 levels deep; the limit is 3", errors.get(0).getMessage());
  }

  @Test
  void aFragmentBombIsMeasuredAtItsExpandedSizeInLinearTime() {
    String bomb = fragmentBomb(40);

    List<GraphQLError> errors = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> QueryLimits.DEFAULTS.check(Parser.parse(bomb)));

    assertEquals(List.of("QUERY_TOO_COMPLEX"), errors.stream().map(e -> e.getExtensions().get("code")).toList());
    assertTrue(errors.get(0).getMessage().matches("the operation selects \\d{13,} fields; the limit is 2000"), errors.get(0).getMessage());
  }

  @Test
  void theDefaultsAreFifteenLevelsTwoThousandFieldsAndFiftyAliases() {
    assertEquals(new QueryLimits(15, 2_000, 50), QueryLimits.DEFAULTS);
  }

  /** {@code levels} fragments, each spreading the next one twice: 2^levels copies of the innermost. */
  static String fragmentBomb(int levels) {
    StringBuilder sb = new StringBuilder("{ competencies { edges { node { ...F0 } } } }\n");
    for (int i = 0; i < levels; i++) {
      sb.append("fragment F").append(i).append(" on Competency { slug ...F").append(i + 1).append(" ...F").append(i + 1).append(" }\n");
    }
    sb.append("fragment F").append(levels).append(" on Competency { id slug name { text locale fallback } }\n");
    return sb.toString();
  }
}
