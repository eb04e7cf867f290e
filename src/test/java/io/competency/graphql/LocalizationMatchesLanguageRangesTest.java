package io.competency.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.competency.catalog.Translations;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Localization} picks catalog locales by RFC 4647 and falls back to English, saying so. */
class LocalizationMatchesLanguageRangesTest {
  private static final List<String> CATALOG = List.of("en-US", "ko-KR", "ru-RU");

  static Stream<Arguments> acceptLanguageHeaders() {
    return Stream.of(
        argumentSet("no header", null, "en-US"),
        argumentSet("a blank header", "  ", "en-US"),
        argumentSet("exact tag", "ru-RU", "ru-RU"),
        argumentSet("language only (basic filter)", "ru", "ru-RU"),
        argumentSet("any case", "KO-kr", "ko-KR"),
        argumentSet("browser style", "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7", "ko-KR"),
        argumentSet("by weight, not by position", "en;q=0.1, ru;q=0.9", "ru-RU"),
        argumentSet("unavailable first choice skipped", "de-DE, ko;q=0.5", "ko-KR"),
        argumentSet("lookup truncates a longer tag", "ru-RU-x-phonebk", "ru-RU"),
        argumentSet("q=0 means not acceptable", "ru;q=0", "en-US"),
        argumentSet("wildcard only", "*", "en-US"),
        argumentSet("nothing available: the first wish, for a flagged fallback", "fr-CA, de;q=0.5", "fr-CA"),
        argumentSet("unparseable", "@@@", "en-US"));
  }

  @ParameterizedTest
  @MethodSource("acceptLanguageHeaders")
  void negotiatesTheHeaderAgainstTheCatalogLocales(String header, String expected) {
    assertEquals(expected, Localization.negotiate(header, CATALOG));
  }

  static Stream<Arguments> requestedTags() {
    return Stream.of(
        argumentSet("exact", "ko-KR", "ko-KR"),
        argumentSet("language only", "ko", "ko-KR"),
        argumentSet("english", "en", "en-US"),
        argumentSet("lower case", "ru-ru", "ru-RU"),
        argumentSet("longer tag", "ko-KR-x-test", "ko-KR"),
        argumentSet("unknown language", "fr", null),
        argumentSet("known language, other region: the catalog's Russian", "ru-UA", "ru-RU"),
        argumentSet("another English", "en-GB", "en-US"),
        argumentSet("unknown script", "zh-Hant", null));
  }

  @ParameterizedTest
  @MethodSource("requestedTags")
  void matchesOneTagToACatalogLocaleOrNone(String requested, String expected) {
    assertEquals(expected, Localization.match(requested, CATALOG));
  }

  @Test
  void aTranslatedTextIsServedInTheWantedLocale() {
    Translations gold = new Translations(Map.of("en-US", "Gold", "ru-RU", "Gold (Золотой уровень)"));

    assertEquals(new LocalizedText("Gold (Золотой уровень)", Locale.forLanguageTag("ru-RU"), false), Localization.localize(gold, "ru-RU"));
  }

  @Test
  void anUntranslatedTextIsEnglishFlaggedAsFallback() {
    Translations gold = new Translations(Map.of("en-US", "Gold", "ru-RU", "Gold (Золотой уровень)"));

    assertEquals(new LocalizedText("Gold", Locale.forLanguageTag("en-US"), true), Localization.localize(gold, "ko-KR"));
    assertEquals(new LocalizedText("Gold", Locale.forLanguageTag("en-US"), true), Localization.localize(gold, "fr"));
  }

  @Test
  void englishAskedForIsNotAFallback() {
    Translations gold = new Translations(Map.of("en-US", "Gold", "ru-RU", "Gold (Золотой уровень)"));

    assertEquals(new LocalizedText("Gold", Locale.forLanguageTag("en-US"), false), Localization.localize(gold, "en-US"));
  }
}
