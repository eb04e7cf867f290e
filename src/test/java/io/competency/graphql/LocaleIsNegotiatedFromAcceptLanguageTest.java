package io.competency.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.competency.support.GraphqlClient.Operation;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.TestServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The served locale comes from the field's {@code locale} argument, else {@code Accept-Language}
 * (RFC 4647: {@code ru} matches {@code ru-RU}), else {@code en-US}; the response says which in
 * {@code Content-Language}. The probe is the name of the DEVELOPED market, which both pages translated.
 */
class LocaleIsNegotiatedFromAcceptLanguageTest {
  private static final String PROBE = "{ markets { code name { text locale fallback } } }";
  private static final JsonObject ENGLISH = text("Developed markets", "en-US", false);
  private static final JsonObject ENGLISH_FALLBACK = text("Developed markets", "en-US", true);
  private static final JsonObject RUSSIAN = text("Развитые рынки", "ru-RU", false);
  private static final JsonObject KOREAN = text("선진국 시장", "ko-KR", false);

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> headers() {
    return Stream.of(
        argumentSet("no header: English", null, "en-US", ENGLISH),
        argumentSet("en-US", "en-US", "en-US", ENGLISH),
        argumentSet("en matches en-US", "en", "en-US", ENGLISH),
        argumentSet("ru matches ru-RU", "ru", "ru-RU", RUSSIAN),
        argumentSet("ru-RU", "ru-RU", "ru-RU", RUSSIAN),
        argumentSet("case does not matter", "RU-ru", "ru-RU", RUSSIAN),
        argumentSet("ko-KR,ko;q=0.9", "ko-KR,ko;q=0.9", "ko-KR", KOREAN),
        argumentSet("ko matches ko-KR", "ko", "ko-KR", KOREAN),
        argumentSet("a private-use suffix is truncated", "ko-KR-x-intranet", "ko-KR", KOREAN),
        argumentSet("the first available preference wins", "fr-CA, fr;q=0.9, ru;q=0.8, ko;q=0.7", "ru-RU", RUSSIAN),
        argumentSet("weights order the preferences", "ko;q=0.5, ru;q=0.9", "ru-RU", RUSSIAN),
        argumentSet("q=0 refuses a language", "ru;q=0, ko", "ko-KR", KOREAN),
        argumentSet("fr: English, flagged as fallback", "fr", "en-US", ENGLISH_FALLBACK),
        argumentSet("zh-Hant-TW: English, flagged as fallback", "zh-Hant-TW", "en-US", ENGLISH_FALLBACK),
        argumentSet("any language: English", "*", "en-US", ENGLISH),
        argumentSet("an unparseable header: English", ";;;=", "en-US", ENGLISH));
  }

  @ParameterizedTest
  @MethodSource("headers")
  void servesTheBestCatalogLocaleAndSaysWhichInContentLanguage(String acceptLanguage, String contentLanguage, JsonObject developed) {
    Operation probe = server.client().query(PROBE);
    if (acceptLanguage != null) {
      probe.header("Accept-Language", acceptLanguage);
    }

    Response response = probe.post().assertWellFormed();

    assertEquals(200, response.status(), response::toString);
    assertEquals(developed, response.data("markets.0.name"));
    assertEquals(contentLanguage, response.header("Content-Language"));
  }

  @Test
  void theLocaleArgumentOverridesTheHeader() {
    Response response = server.client()
        .query("{ markets { ru: name(locale: \"ru\") { ...t } ko: name(locale: \"ko-KR\") { ...t } en: name(locale: \"en-US\") { ...t } "
            + "fr: name(locale: \"fr\") { ...t } header: name { ...t } } } fragment t on LocalizedText { text locale fallback }")
        .header("Accept-Language", "ko")
        .post();

    assertEquals(RUSSIAN, response.data("markets.0.ru"));
    assertEquals(KOREAN, response.data("markets.0.ko"));
    assertEquals(ENGLISH, response.data("markets.0.en"));
    assertEquals(ENGLISH_FALLBACK, response.data("markets.0.fr"));
    assertEquals(KOREAN, response.data("markets.0.header"));
    assertEquals("ko-KR", response.header("Content-Language"));
  }

  @Test
  void theLocaleArgumentCanComeFromAVariable() {
    Response response = server.client()
        .query("query($l: Locale) { markets { name(locale: $l) { text locale fallback } } }")
        .variables(Map.of("l", "ru-RU"))
        .post();

    assertEquals(RUSSIAN, response.data("markets.0.name"));
  }

  @Test
  void theCatalogListsItsLocalesEnglishFirst() {
    Response response = server.client().query("{ catalog { locales } }").post();

    assertEquals(new JsonArray().add("en-US").add("ko-KR").add("ru-RU"), response.data("catalog.locales"));
  }

  private static JsonObject text(String text, String locale, boolean fallback) {
    return new JsonObject().put("text", text).put("locale", locale).put("fallback", fallback);
  }
}
