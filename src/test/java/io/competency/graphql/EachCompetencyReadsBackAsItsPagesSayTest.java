package io.competency.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.support.GraphqlClient.Response;
import io.competency.support.Pages;
import io.competency.support.TestDatabase;
import io.competency.support.TestServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled catalog read back through the API, page by page: for each of the 18 competencies and each
 * locale (en-US, ru-RU, ko-KR), the whole competency tree is queried in that locale, from the embedded
 * store and from PostgreSQL (where it went through the import and the rows), and compared with the
 * copies of the 2017 pages ({@code src/test/resources/pages}):
 * <ul>
 *   <li>a text the competency owns (names, descriptions, titles, notes, threshold, path, choice and role
 *       descriptions) served with {@code fallback: false} in L is on the competency's L page, and one
 *       served with {@code fallback: true} is English and on its en-US page;</li>
 *   <li>a text of shared reference data (market, workload, association and authorization names,
 *       credential titles) is on some page of its language: a credential linked by several pages takes
 *       its title from one of them;</li>
 *   <li>every threshold value is written on the en-US page (100,000 or 100000), and every credential a
 *       step offers is linked there with the URL the API serves;</li>
 *   <li>the options, tiers and requirements are those of the page's headings and numbered steps, in
 *       order: each requirement's title is in its step's first line.</li>
 * </ul>
 */
class EachCompetencyReadsBackAsItsPagesSayTest {
  private static final String TREE = """
      query Page($slug: String!, $l: Locale) {
        competency(slug: $slug) {
          slug
          name(locale: $l) { ...t }
          description(locale: $l) { ...t }
          options {
            slug
            name(locale: $l) { ...t }
            description(locale: $l) { ...t }
            tiers {
              slug rank
              name(locale: $l) { ...t }
              requirements {
                __typename position
                title(locale: $l) { ...t }
                notes(locale: $l) { ...t }
                ... on PerformanceRequirement {
                  metrics {
                    metric windowMonths unit
                    thresholds { value market { code name(locale: $l) { ...t } } description(locale: $l) { ...t } }
                    eligibleWorkloads { code name(locale: $l) { ...t } }
                  }
                  eligibleWorkloads { code name(locale: $l) { ...t } }
                  excludesTrials
                  qualifyingAssociations { code name(locale: $l) { ...t } }
                  requiredAuthorizations { code name(locale: $l) { ...t } }
                }
                ... on SkillRequirement {
                  individuals
                  paths { ...path }
                  roles { individuals title(locale: $l) { ...t } paths { ...path } }
                }
              }
            }
          }
        }
      }
      fragment t on LocalizedText { text locale fallback }
      fragment path on QualificationPath {
        description(locale: $l) { ...t }
        choices {
          description(locale: $l) { ...t }
          anyOf { code kind issuer url title(locale: $l) { ...t } }
        }
      }
      """;

  /** Fields under which a text belongs to shared reference data rather than to the competency. */
  private static final Set<String> REFERENCE_DATA = Set.of("market", "eligibleWorkloads", "qualifyingAssociations",
      "requiredAuthorizations", "anyOf");

  /** Where the catalog is served from. */
  enum Storage { EMBEDDED, POSTGRESQL }

  private static TestServer embedded;
  private static TestDatabase database;
  private static TestServer postgres;

  @BeforeAll
  static void start() {
    embedded = TestServer.start();
    database = TestDatabase.create();
    postgres = TestServer.start(Map.of("DATABASE_URL", database.url()));
  }

  @AfterAll
  static void stop() {
    try {
      embedded.close();
      postgres.close();
    } finally {
      database.close();
    }
  }

  static Stream<Arguments> pages() {
    return Stream.of(Storage.values()).flatMap(storage -> Pages.slugs().stream()
        .flatMap(slug -> Pages.LOCALES.stream().map(locale -> Arguments.argumentSet(storage + " " + slug + " " + locale, storage, slug, locale))));
  }

  @ParameterizedTest
  @EnumSource(Storage.class)
  void competenciesListsTheEighteenCompetenciesOfThePages(Storage storage) {
    Response response = server(storage).client().query("{ competencies(first: 100) { edges { node { slug } } pageInfo { hasNextPage } } }").post();

    List<String> slugs = response.dataList("competencies.edges").stream().map(e -> ((JsonObject) e).getJsonObject("node").getString("slug")).toList();
    assertEquals(18, slugs.size(), response::toString);
    assertEquals(Pages.slugs(), slugs.stream().sorted().toList());
    assertEquals(false, response.data("competencies.pageInfo.hasNextPage"));
  }

  @ParameterizedTest
  @MethodSource("pages")
  void everyTextOfTheCompetencyIsOnItsPageInThatLocale(Storage storage, String slug, String locale) {
    JsonObject competency = tree(storage, slug, locale);
    String page = Pages.page(locale, slug);
    String english = Pages.page("en-US", slug);
    String allPages = Pages.allPages(locale);
    String allEnglish = Pages.allPages("en-US");

    List<String> strays = new ArrayList<>();
    texts(competency, "competency", false, (path, reference, text) -> {
      String served = text.getString("text");
      boolean fallback = text.getBoolean("fallback");
      String expectedLocale = fallback ? "en-US" : locale;
      if (!expectedLocale.equals(text.getString("locale")) || (fallback && locale.equals("en-US"))) {
        strays.add(path + ": served as " + text.encode());
      } else if (!Pages.onPage(served, reference ? (fallback ? allEnglish : allPages) : (fallback ? english : page))) {
        strays.add(path + (fallback ? " (fallback)" : "") + ": " + served);
      }
    });
    assertEquals(List.of(), strays, "texts not on the " + (locale) + " page of " + slug);
  }

  @ParameterizedTest
  @MethodSource("pages")
  void everyThresholdAndCredentialLinkIsOnTheEnglishPage(Storage storage, String slug, String locale) {
    JsonObject competency = tree(storage, slug, locale);
    String english = Pages.page("en-US", slug);

    List<String> missing = new ArrayList<>();
    for (JsonObject requirement : requirements(competency)) {
      for (JsonObject metric : objects(requirement.getJsonArray("metrics"))) {
        for (JsonObject threshold : objects(metric.getJsonArray("thresholds"))) {
          long value = threshold.getLong("value");
          if (!Pages.showsNumber(english, value)) {
            missing.add(metric.getString("metric") + " threshold " + value);
          }
        }
      }
      for (JsonObject credential : credentials(requirement)) {
        String url = credential.getString("url");
        if (url == null || !Pages.links(english, url)) {
          missing.add(credential.getString("code") + " linked as " + url);
        }
      }
    }
    assertEquals(List.of(), missing, "not on the en-US page of " + slug);
  }

  @ParameterizedTest
  @MethodSource("pages")
  void theOptionsTiersAndRequirementsAreThePagesHeadingsAndSteps(Storage storage, String slug, String locale) {
    JsonObject competency = tree(storage, slug, locale);
    Pages.Outline page = Pages.outline(Pages.page(locale, slug));
    Pages.Outline english = Pages.outline(Pages.page("en-US", slug));

    List<JsonObject> options = objects(competency.getJsonArray("options"));
    assertEquals(page.options().size(), options.size(), "options of " + slug + " (## headings)");
    List<String> mismatches = new ArrayList<>();
    for (int o = 0; o < options.size(); o++) {
      JsonObject option = options.get(o);
      Pages.OptionOutline pageOption = page.options().get(o);
      Pages.OptionOutline englishOption = english.options().get(o);
      JsonObject name = option.getJsonObject("name");
      String heading = name.getBoolean("fallback") ? englishOption.heading() : pageOption.heading();
      if (!heading.contains(name.getString("text")) || (locale.equals("en-US") && !heading.equals(name.getString("text") + " option"))) {
        mismatches.add("option " + o + " named " + name.getString("text") + " under the heading " + heading);
      }
      List<JsonObject> tiers = objects(option.getJsonArray("tiers"));
      if (tiers.size() != pageOption.tiers().size()) {
        mismatches.add(option.getString("slug") + ": " + tiers.size() + " tiers, the page has " + pageOption.tiers().size());
        continue;
      }
      for (int t = 0; t < tiers.size(); t++) {
        compareTier(option.getString("slug"), tiers.get(t), pageOption.tiers().get(t), englishOption.tiers().get(t), mismatches);
      }
    }
    assertEquals(List.of(), mismatches, slug + " in " + locale);
  }

  private static void compareTier(String option, JsonObject tier, Pages.TierOutline page, Pages.TierOutline english, List<String> mismatches) {
    String where = option + "/" + tier.getString("slug");
    JsonObject name = tier.getJsonObject("name");
    String heading = name.getBoolean("fallback") ? english.heading() : page.heading();
    if (!heading.equals(name.getString("text"))) {
      mismatches.add(where + " named " + name.getString("text") + " under the heading " + heading);
    }
    List<JsonObject> requirements = objects(tier.getJsonArray("requirements"));
    if (requirements.size() != page.steps().size()) {
      mismatches.add(where + ": " + requirements.size() + " requirements, the page has " + page.steps().size() + " numbered steps");
      return;
    }
    for (int r = 0; r < requirements.size(); r++) {
      JsonObject title = requirements.get(r).getJsonObject("title");
      String step = title.getBoolean("fallback") ? english.steps().get(r) : page.steps().get(r);
      if (!Pages.withoutLinks(step).contains(Pages.normalize(title.getString("text")))) {
        mismatches.add(where + " requirement " + r + " titled '" + title.getString("text") + "' but step " + (r + 1) + " is '" + step + "'");
      }
    }
  }

  private static JsonObject tree(Storage storage, String slug, String locale) {
    Response response = server(storage).client().query(TREE).variables(Map.of("slug", slug, "l", locale)).post().assertWellFormed();
    assertEquals(200, response.status(), response::toString);
    assertTrue(response.errors().isEmpty(), response::toString);
    Object competency = response.data("competency");
    assertTrue(competency instanceof JsonObject, () -> slug + " is not served: " + response);
    return (JsonObject) competency;
  }

  private static TestServer server(Storage storage) {
    return storage == Storage.EMBEDDED ? embedded : postgres;
  }

  private interface TextVisitor {
    void visit(String path, boolean reference, JsonObject text);
  }

  /** Every {@code LocalizedText} in a tree, with its path and whether it belongs to reference data. */
  private static void texts(Object node, String path, boolean reference, TextVisitor visitor) {
    if (node instanceof JsonObject object) {
      if (object.fieldNames().equals(Set.of("text", "locale", "fallback"))) {
        visitor.visit(path, reference, object);
        return;
      }
      object.forEach(field -> texts(field.getValue(), path + "." + field.getKey(), reference || REFERENCE_DATA.contains(field.getKey()), visitor));
    } else if (node instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        texts(array.getValue(i), path + "." + i, reference, visitor);
      }
    }
  }

  private static List<JsonObject> requirements(JsonObject competency) {
    List<JsonObject> out = new ArrayList<>();
    for (JsonObject option : objects(competency.getJsonArray("options"))) {
      for (JsonObject tier : objects(option.getJsonArray("tiers"))) {
        out.addAll(objects(tier.getJsonArray("requirements")));
      }
    }
    return out;
  }

  /** The credentials a skill requirement offers, in every path of every role. */
  private static List<JsonObject> credentials(JsonObject requirement) {
    List<JsonObject> paths = new ArrayList<>(objects(requirement.getJsonArray("paths")));
    objects(requirement.getJsonArray("roles")).forEach(role -> paths.addAll(objects(role.getJsonArray("paths"))));
    List<JsonObject> out = new ArrayList<>();
    for (JsonObject path : paths) {
      for (JsonObject choice : objects(path.getJsonArray("choices"))) {
        out.addAll(objects(choice.getJsonArray("anyOf")));
      }
    }
    return out;
  }

  private static List<JsonObject> objects(JsonArray array) {
    List<JsonObject> out = new ArrayList<>();
    if (array != null) {
      array.forEach(o -> out.add((JsonObject) o));
    }
    return out;
  }
}
