package io.competency.hostile;

import static io.competency.hostile.Attack.body;
import static io.competency.hostile.Attack.get;
import static io.competency.hostile.Attack.query;

import io.competency.support.TestKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Documents over the limits (body, query text, depth, fields, aliases) and documents built to blow up:
 * fragment bombs and cycles, repeated introspection, huge literals, many operations, directives and
 * variables. The hostile servers run with {@code MAX_BODY_BYTES=1048576} and {@code MAX_QUERY_CHARS=20000}.
 */
final class LimitsAndBombs {
  static final int MAX_BODY_BYTES = 1_048_576;
  static final int MAX_QUERY_CHARS = 20_000;

  private LimitsAndBombs() {
  }

  static List<Attack> attacks() {
    List<Attack> attacks = new ArrayList<>(List.of(
        body("a body one byte over the limit", "{\"query\":\"{ __typename }\",\"variables\":{\"pad\":\""
            + "x".repeat(MAX_BODY_BYTES - 50) + "\"}}"),
        body("a body of 3 MiB", "{\"query\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}"),
        query("a query one character over the limit", "{ __typename }" + " ".repeat(MAX_QUERY_CHARS - 13)),
        get("a query over the limit, over GET", "{ __typename }" + " ".repeat(MAX_QUERY_CHARS)),
        query("depth 16", nested(16)),
        query("depth 200", nested(200)),
        query("nesting beyond the parser's limit", "{" + "competency(slug: \"x\") {".repeat(5_000) + "slug" + "}".repeat(5_001)),
        query("51 aliases", aliases(51)),
        query("1,000 aliases", aliases(1_000)),
        query("2,001 fields", "{ " + "__typename ".repeat(2_001) + "}"),
        query("19,000 characters of fields", "{ " + "__typename ".repeat(1_800) + "}"),
        query("100 operations and no name", operations(100)),
        new Attack("100 operations and an unknown name",
                t -> Attack.Answer.of(t.client().query(operations(100)).operationName("Nope").post())),
        new Attack("an operation name of 10,000 characters",
            t -> Attack.Answer.of(t.client().query("{ __typename }").operationName("N".repeat(10_000)).post())),
        query("a directive 1,000 times", "{ __typename" + " @include(if: true)".repeat(1_000) + " }"),
        query("an unknown directive", "{ __typename @explode }"),
        query("a fragment bomb, 10 levels", fragmentBomb(10)),
        query("a fragment bomb, 40 levels", fragmentBomb(40)),
        query("a fragment bomb, 100 levels", fragmentBomb(100)),
        query("a fragment spreading itself", "{ ...A } fragment A on Query { __typename ...A }"),
        query("two fragments spreading each other", "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }"),
        query("an undefined fragment", "{ ...Nowhere }"),
        query("1,000 unused fragments", "{ __typename }" + unusedFragments(1_000)),
        query("a fragment on a type that does not exist", "{ ...A } fragment A on Nope { x }"),
        query("the schema introspected twice", "{ a: __schema { types { name } } b: __schema { types { name } } }"),
        query("the schema introspected three times", "{ a: __schema { types { name } } b: __schema { types { name } } c: __schema { types { name } } }"),
        query("a type's ofType chain 20 deep", "{ __type(name: \"Query\") { " + "ofType { ".repeat(20) + "name" + " }".repeat(20) + " } }"),
        query("fields of fields of introspection", "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }"),
        query("an undeclared variable", "{ competency(slug: $slug) { slug } }"),
        query("1,000 unused variables", "query(" + variables(1_000) + ") { __typename }"),
        query("a variable declared twice", "query($a: Int, $a: Int) { __typename }"),
        query("a list literal of 5,000 items", "{ competencies(first: [" + "1,".repeat(5_000) + "1]) { totalCount } }"),
        query("a string literal of 19,000 characters", "{ competency(slug: \"" + "x".repeat(19_000) + "\") { slug } }"),
        query("an unterminated block string", "{ competency(slug: \"\"\"x) { slug } }"),
        query("an integer literal of 500 digits", "{ competencies(first: " + "9".repeat(500) + ") { totalCount } }"),
        query("a float where an Int goes", "{ competencies(first: 1.5) { totalCount } }"),
        query("first: -1", "{ competencies(first: -1) { totalCount } }"),
        query("first: 2147483647", "{ competencies(first: 2147483647) { totalCount } }"),
        query("first: 2147483648", "{ competencies(first: 2147483648) { totalCount } }"),
        query("an after cursor that is not one", "{ competencies(first: 1, after: \"!!not a cursor!!\") { totalCount } }"),
        query("an after cursor of base64 garbage", "{ competencies(first: 1, after: \"Z2FyYmFnZQ==\") { totalCount } }"),
        query("a subscription", "subscription { catalog { revision } }"),
        query("a mutation without a key", "mutation { addWorkload(input: {code: \"X\", name: []}) { workload { code } } }"),
        query("a mutation over GET-like confusion, query keyword on a mutation field", "query { addWorkload(input: {code: \"X\", name: []}) { workload { code } } }"),
        new Attack("catalogChanges(first: -5) with a maintainer key", t -> Attack.Answer.of(
            t.client().query("{ catalogChanges(first: -5) { revision } }").bearer(TestKeys.MAINTAINER_SECRET).post())),
        new Attack("catalogChanges(first: 1000000) with a maintainer key", t -> Attack.Answer.of(
            t.client().query("{ catalogChanges(first: 1000000) { revision } }").bearer(TestKeys.MAINTAINER_SECRET).post())),
        new Attack("catalogChanges with an integrator key", t -> Attack.Answer.of(
            t.client().query("{ catalogChanges(first: 1) { revision } }").bearer(TestKeys.INTEGRATOR_SECRET).post())),
        query("a variables map of 10,000 entries", "query($a: String) { __typename }", manyVariables(10_000)),
        query("a list variable of 100,000 items", "query($a: [String!]) { __typename }", Map.of("a", java.util.Collections.nCopies(100_000, "x")))));
    return attacks;
  }

  static String nested(int depth) {
    StringBuilder open = new StringBuilder("{ competency(slug: \"cloud-productivity\") {");
    for (int level = 2; level < depth; level++) {
      open.append(level % 2 == 0 ? " options {" : " competency {");
    }
    return open + " slug" + " }".repeat(depth - 1) + " }";
  }

  private static String aliases(int count) {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 1; i <= count; i++) {
      sb.append(" a").append(i).append(": __typename");
    }
    return sb.append(" }").toString();
  }

  private static String operations(int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      sb.append("query Q").append(i).append(" { __typename }\n");
    }
    return sb.toString();
  }

  private static String fragmentBomb(int levels) {
    StringBuilder sb = new StringBuilder("{ competencies { edges { node { ...F0 } } } }\n");
    for (int i = 0; i < levels; i++) {
      sb.append("fragment F").append(i).append(" on Competency { slug ...F").append(i + 1).append(" ...F").append(i + 1).append(" }\n");
    }
    return sb.append("fragment F").append(levels).append(" on Competency { id slug }\n").toString();
  }

  private static String unusedFragments(int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      sb.append(" fragment U").append(i).append(" on Query { __typename }");
    }
    return sb.toString();
  }

  private static String variables(int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      sb.append(i == 0 ? "" : ", ").append("$v").append(i).append(": Int");
    }
    return sb.toString();
  }

  private static Map<String, Object> manyVariables(int count) {
    Map<String, Object> map = new java.util.HashMap<>();
    for (int i = 0; i < count; i++) {
      map.put("v" + i, i);
    }
    return map;
  }
}
