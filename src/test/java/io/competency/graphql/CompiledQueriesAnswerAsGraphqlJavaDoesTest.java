package io.competency.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import graphql.ExecutionResult;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.OperationDefinition;
import io.competency.catalog.CatalogLoader;
import io.competency.catalog.CatalogSnapshot;
import io.vertx.core.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A catalog query run along its compiled plan answers exactly as graphql-java does: the same bytes as
 * graphql-java's result serialized by Vert.x's Jackson codec, whatever the query uses (fragments on
 * interfaces and objects, aliases, fields merged from several selections, {@code __typename},
 * {@code @skip}/{@code @include}, arguments from literals and variables, local context, nulls) and
 * whatever the text holds (quotes, control characters, Cyrillic, Korean, emoji). What it does not
 * compile, or meets an error in, is left to graphql-java: the compiled answer is null.
 */
class CompiledQueriesAnswerAsGraphqlJavaDoesTest {
  /** A credential whose title needs escaping in JSON, added to a copy of the bundled catalog. */
  private static final String ESCAPES = """
      - code: ESCAPES
        kind: ASSESSMENT
        title:
          en-US: "Quote \\" backslash \\\\ slash / newline \\n tab \\t bell \\u0007 del \\u007f emoji 😀 </script>"
          ru-RU: "Кавычки \\" и перевод строки \\n"
        url: https://example.com/a?b=c&d=e
      """;

  private static final String PAGE = """
      query Page($slug: String!) {
        competency(slug: $slug) {
          id slug name { ...Text } description { ...Text }
          options {
            id slug name { ...Text } description { ...Text }
            tiers {
              id slug rank name { ...Text }
              requirements {
                __typename id position title { ...Text } notes { ...Text }
                ... on PerformanceRequirement {
                  metrics { metric windowMonths unit thresholds { market { code name { ...Text } } value description { ...Text } }
                    eligibleWorkloads { code } }
                  eligibleWorkloads { code name { ...Text } }
                  excludesTrials
                  qualifyingAssociations { code name { ...Text } }
                  requiredAuthorizations { code name { ...Text } }
                }
                ... on SkillRequirement {
                  individuals distinctPeople
                  paths { description { ...Text } choices { description { ...Text } anyOf { code kind url issuer retiresOn title { ...Text } } } }
                  roles { individuals title { ...Text } paths { choices { anyOf { code } } } }
                }
              }
            }
          }
        }
      }
      fragment Text on LocalizedText { text locale fallback }
      """;

  private static GraphqlApi api;
  private static CatalogSnapshot snapshot;

  @BeforeAll
  static void catalog(@TempDir Path dir) throws IOException {
    Path bundled = Path.of(System.getenv().getOrDefault("CATALOG_DIR", "catalog"));
    try (Stream<Path> files = Files.walk(bundled)) {
      for (Path file : files.toList()) {
        Path copy = dir.resolve(bundled.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    }
    Files.writeString(dir.resolve("credentials.yaml"), "\n" + ESCAPES, java.nio.file.StandardOpenOption.APPEND);
    snapshot = CatalogSnapshot.of(CatalogLoader.load(dir), 7, Instant.parse("2017-07-07T12:00:00Z"));
    api = GraphqlApi.create(QueryLimits.DEFAULTS, true, (id, env) -> CompletableFuture.completedFuture(null), List.of());
  }

  static Stream<Arguments> catalogQueries() {
    Map<String, Object> slug = Map.of("slug", "cloud-productivity");
    return Stream.of(
        argumentSet("the whole page in Russian", PAGE, slug, "ru-RU"),
        argumentSet("the whole page in Korean", PAGE, slug, "ko-KR"),
        argumentSet("the whole page in English", PAGE, slug, "en-US"),
        argumentSet("the whole page in a language the catalog lacks", PAGE, slug, "fr"),
        argumentSet("a variable no field reads", PAGE, Map.of("slug", "cloud-productivity", "nonce", 12), "ru-RU"),
        argumentSet("aliases, and one response key selected twice and merged",
            "{ c: competency(slug: \"cloud-productivity\") { a: name { text } a: name { locale } name(locale: \"ko-KR\") { text fallback } s: slug slug } }",
            Map.of(), "ru-RU"),
        argumentSet("a locale from a variable", "query($l: Locale) { markets { code name(locale: $l) { text locale fallback } } }",
            Map.of("l", "ko"), "ru-RU"),
        argumentSet("a locale variable left out", "query($l: Locale) { markets { code name(locale: $l) { text locale fallback } } }",
            Map.of(), "ru-RU"),
        argumentSet("__typename, fragments on interfaces, inline fragments without a type", """
            { __typename competency(slug: "cloud-productivity") { __typename options { tiers { requirements {
              __typename ... on Node { id } ...R ... { position } } } } } }
            fragment R on Requirement { position title { text } ... on SkillRequirement { individuals } }
            """, Map.of(), "en-US"),
        argumentSet("@skip and @include", """
            { workloads { code name @skip(if: true) { text } n: name @include(if: true) { text } x: name @include(if: false) { text } }
              markets @skip(if: false) { code } }
            """, Map.of(), "ru-RU"),
        argumentSet("the competencies connection", "{ competencies(first: 1) { totalCount edges { cursor node { slug } } pageInfo { hasNextPage endCursor } } }",
            Map.of(), "en-US"),
        argumentSet("reference data", "{ markets { code name { text } } workloads { code } associationTypes { code name { text locale } } authorizations { code name { text } } }",
            Map.of(), "ko-KR"),
        argumentSet("credentials, and text that needs escaping",
            "{ credentials { code kind url issuer retiresOn title { text locale fallback } replacedBy { code } } credential(code: \"ESCAPES\") { title { text } } }",
            Map.of(), "ru-RU"),
        argumentSet("the catalog's revision, time and locales", "{ catalog { revision updatedAt locales } }", Map.of(), "en-US"),
        argumentSet("nulls: what does not exist", """
            { competency(slug: "nope") { slug } credential(code: "NOPE") { code }
              c: competency(slug: "cloud-productivity") { option(slug: "nope") { slug } options { tier(slug: "nope") { slug } } } }
            """, Map.of(), "en-US"),
        argumentSet("the way back up: tier to option to competency", """
            { competency(slug: "cloud-productivity") { option(slug: "managed-service-partner") { tier(slug: "gold") { slug
              option { slug competency { slug options { slug } } } } } } }
            """, Map.of(), "en-US"));
  }

  @ParameterizedTest
  @MethodSource("catalogQueries")
  void answersAsGraphqlJava(String query, Map<String, Object> variables, String locale) {
    String expected = graphqlJava(query, variables, locale);
    assertFalse(expected.contains("\"errors\""), expected);

    byte[] compiled = compiled(query, variables, locale);

    assertNotNull(compiled, "the query was not compiled");
    assertEquals(expected, new String(compiled, StandardCharsets.UTF_8));
    assertEquals(expected, new String(compiled(query, variables, locale), StandardCharsets.UTF_8), "the second answer differs");
  }

  static Stream<Arguments> leftToGraphqlJava() {
    return Stream.of(
        argumentSet("introspection", "{ __schema { queryType { name } } }", Map.of()),
        argumentSet("a condition from a variable", "query($s: Boolean!) { markets @skip(if: $s) { code } }", Map.of("s", true)),
        argumentSet("a fetcher's error", "{ competencies(first: 1000) { totalCount } }", Map.of()),
        argumentSet("a variable of the wrong type", "query($slug: String!) { competency(slug: $slug) { slug } }", Map.of("slug", List.of(1))));
  }

  @ParameterizedTest
  @MethodSource("leftToGraphqlJava")
  void isLeftToGraphqlJava(String query, Map<String, Object> variables) {
    assertNull(compiled(query, variables, "en-US"));
  }

  private static byte[] compiled(String query, Map<String, Object> variables, String locale) {
    PreparsedDocumentEntry entry = api.documents().get(query);
    assertFalse(entry.hasErrors(), () -> entry.getErrors().toString());
    OperationDefinition operation = entry.getDocument().getDefinitionsOfType(OperationDefinition.class).get(0);
    return api.executeCompiled(entry.getDocument(), operation, variables, new RequestScope(snapshot, null, locale));
  }

  private static String graphqlJava(String query, Map<String, Object> variables, String locale) {
    ExecutionResult result = api.execute(query, null, variables, new RequestScope(snapshot, null, locale)).join();
    return Json.encode(result.toSpecification());
  }
}
