package io.competency.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.input.FieldPath;
import io.competency.input.Input;
import io.competency.input.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link CatalogWriter} writes what {@link CatalogReader} reads back to an equal record, without problems. */
class CatalogWriterTest {
  private static final Catalog CATALOG = CatalogLoader.load(Path.of("catalog"));
  private static final CatalogReader READER = new CatalogReader(Vocabulary.of(CATALOG));
  private static final CatalogWriter WRITER = new CatalogWriter();

  /** Writes {@code value}, reads the tree back, and checks the result equals {@code value} with no problems. */
  private static <T> void roundTrips(T value, Function<T, Object> write, BiFunction<CatalogReader, Input, T> read) {
    Problems problems = new Problems();

    T back = read.apply(READER, new Input(write.apply(value), FieldPath.root(), problems));

    assertEquals(List.of(), problems.all());
    assertEquals(value, back);
  }

  static Stream<Arguments> tiers() {
    return CATALOG.competencies().stream().flatMap(c -> c.options().stream()).flatMap(o -> o.tiers().stream())
        .map(t -> Arguments.of(t.path(), t));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tiers")
  void everyBundledTierRoundTrips(TierPath path, Tier tier) {
    roundTrips(tier, WRITER::tier, (reader, in) -> reader.tier(in, path.competency(), path.option()));
  }

  @Test
  void everyBundledCompetencyRoundTrips() {
    for (Competency competency : CATALOG.competencies()) {
      roundTrips(competency, WRITER::competency, CatalogReader::competency);
    }
  }

  @Test
  void everyBundledOptionRoundTrips() {
    for (Competency competency : CATALOG.competencies()) {
      for (Option option : competency.options()) {
        roundTrips(option, WRITER::option, (reader, in) -> reader.option(in, competency.slug()));
      }
    }
  }

  static Stream<Arguments> terms() {
    return Stream.of(CATALOG.markets(), CATALOG.workloads(), CATALOG.associationTypes()).flatMap(List::stream)
        .map(t -> Arguments.of(t.code(), t));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("terms")
  void everyBundledMarketWorkloadAndAssociationTypeRoundTrips(String code, Term term) {
    roundTrips(term, WRITER::term, CatalogReader::term);
  }

  static Stream<Arguments> credentials() {
    return CATALOG.credentials().stream().map(c -> Arguments.of(c.code(), c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("credentials")
  void everyBundledCredentialRoundTrips(String code, Credential credential) {
    roundTrips(credential, WRITER::credential, CatalogReader::credential);
  }

  @Test
  void theRequirementsOfATierRoundTripOnTheirOwn() {
    Tier gold = CATALOG.competency("cloud-productivity").option("managed-service-partner").tier("gold");

    roundTrips(gold.requirements(), WRITER::requirements, (reader, in) -> reader.requirements(in, gold.path()));
  }

  @Test
  void textIsAMapOfLocaleToText() {
    Translations text = new Translations(Map.of("en-US", "Gold", "ru-RU", "Золото"));

    assertEquals(Map.of("en-US", "Gold", "ru-RU", "Золото"), WRITER.text(text));
    roundTrips(text, WRITER::text, CatalogReader::text);
  }

  @Test
  void absentOptionalFieldsAreLeftOut() {
    Tier gold = CATALOG.competency("cloud-productivity").option("managed-service-partner").tier("gold");
    Credential noUrl = new Credential("AZ-900", CredentialKind.EXAM, Translations.english("Azure Fundamentals"), null);
    Option noDescription = new Option("c", "o", Translations.english("O"), Translations.english(""), List.of());

    Map<?, ?> threshold = (Map<?, ?>) at(WRITER.tier(gold), "requirements", 0, "performance", "metrics", 0, "thresholds", 0);
    Map<?, ?> metric = (Map<?, ?>) at(WRITER.tier(gold), "requirements", 0, "performance", "metrics", 0);
    assertFalse(threshold.containsKey("market"));
    assertFalse(metric.containsKey("windowMonths"));
    assertFalse(WRITER.credential(noUrl).containsKey("url"));
    assertFalse(WRITER.option(noDescription).containsKey("description"));
    roundTrips(noUrl, WRITER::credential, CatalogReader::credential);
    roundTrips(noDescription, WRITER::option, (reader, in) -> reader.option(in, "c"));
  }

  @Test
  void aRecordBuiltInCodeRoundTripsWithEveryOptionalField() {
    TierPath path = new TierPath("c", "o", "platinum");
    Tier tier = new Tier(path, 3, Translations.english("Platinum"), List.of(
        new PerformanceRequirement(path, 0, Translations.english("Perform"), List.of(Translations.english("A note")),
            List.of(new MetricThreshold(Metric.ACTIVE_ENTITLEMENTS, null, List.of(new MarketThreshold("DEVELOPED", 10, null))),
                new MetricThreshold(Metric.NEW_CUSTOMERS, 6, List.of(new MarketThreshold(null, 2, Translations.english("2 new"))))),
            List.of("YAMMER"), false, List.of("FAST_TRACK_PARTNER")),
        new SkillRequirement(path, 1, Translations.english("Skill"), List.of(), 3, List.of(
            new QualificationPath(null, List.of(new CredentialChoice(List.of("70-346", "70-347")),
                new CredentialChoice(List.of("MCSA-OFFICE-365"))))))));

    roundTrips(tier, WRITER::tier, (reader, in) -> reader.tier(in, "c", "o"));
    assertTrue(at(WRITER.tier(tier), "requirements", 0, "performance", "excludesTrials").equals(false));
  }

  private static Object at(Object tree, Object... steps) {
    Object node = tree;
    for (Object step : steps) {
      node = step instanceof Integer i ? ((List<?>) node).get(i) : ((Map<?, ?>) node).get(step);
    }
    return node;
  }
}
