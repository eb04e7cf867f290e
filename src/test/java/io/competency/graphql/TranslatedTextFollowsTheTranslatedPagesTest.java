package io.competency.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.competency.support.GraphqlClient.Response;
import io.competency.support.TestServer;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each row is one field in one locale: the text the translated page has (ru-RU from seed 000, ko-KR from
 * seed 001), or, where the translator kept the English sentence, the English text with
 * {@code fallback: true}. Every row is checked twice: asked for with {@code Accept-Language}, and with
 * the field's {@code locale} argument while the header asks for the other language.
 */
class TranslatedTextFollowsTheTranslatedPagesTest {
  private static final String RU = "ru-RU";
  private static final String KO = "ko-KR";
  private static final String OPTION = "competency.option";
  private static final String SILVER_PERFORMANCE = OPTION + ".silver.requirements.0";
  private static final String SILVER_EXAMS = OPTION + ".silver.requirements.1";
  private static final String GOLD_PERFORMANCE = OPTION + ".gold.requirements.0";
  private static final String GOLD_EXAMS = OPTION + ".gold.requirements.1";

  private static final String QUERY = """
      query Texts($locale: Locale) {
        competency(slug: "cloud-productivity") {
          name(locale: $locale) { ...text }
          description(locale: $locale) { ...text }
          option(slug: "managed-service-partner") {
            name(locale: $locale) { ...text }
            description(locale: $locale) { ...text }
            silver: tier(slug: "silver") { ...tier }
            gold: tier(slug: "gold") { ...tier }
          }
        }
        markets { name(locale: $locale) { ...text } }
        workloads { name(locale: $locale) { ...text } }
        associationTypes { name(locale: $locale) { ...text } }
        credentials { title(locale: $locale) { ...text } }
      }
      fragment text on LocalizedText { text locale fallback }
      fragment tier on Tier {
        name(locale: $locale) { ...text }
        requirements {
          title(locale: $locale) { ...text }
          notes(locale: $locale) { ...text }
          ... on PerformanceRequirement { metrics { thresholds { description(locale: $locale) { ...text } } } }
          ... on SkillRequirement { paths { description(locale: $locale) { ...text } } }
        }
      }
      """;

  // English originals (en-US source page) of the texts the translated pages kept in English.
  private static final String COMPETENCY_NAME = "Cloud Productivity";
  private static final String COMPETENCY_DESCRIPTION = "The Cloud Productivity competency is for partners who specialize in "
      + "enterprise deployments of Office 365. Differentiate your company with this competency as a proven cloud solution "
      + "provider for customers searching for qualified cloud solution partners.";
  private static final String OPTION_NAME = "Managed Service Partner";
  private static final String OPTION_DESCRIPTION = "The Managed Service Partner option is ideal for partners who manage "
      + "Office 365 environments for their customer as well as provide deployment services. Complete all the steps within "
      + "the option to attain the Cloud Productivity competency.";
  private static final String WORKLOADS_NOTE = "The deployments can be any Microsoft Office 365 workload (Exchange Online, "
      + "SharePoint Online, Skype for Business, or Yammer) or ProPlus.";
  private static final String TRIALS_NOTE = "Trial SKUs are not included.";

  // Russian page (seed 000).
  private static final String RU_WORKLOADS_NOTE = "К развернутым рабочим нагрузкам может относиться любой экземпляр Microsoft "
      + "Office 365 (Exchange Online, SharePoint Online, Skype для бизнеса или Yammer) или ProPlus.";
  private static final String RU_ENTITLEMENTS_NOTE = "Примечание. Активные права рассчитываются на основе количества активных "
      + "пользователей для определенной рабочей нагрузки";
  private static final String RU_ASSOCIATIONS_NOTE = "С этими клиентами у вас должны быть установлены отношения в качестве "
      + "Делегированного администратора Office 365 или Партнера по сделкам записи Office 365, или Цифрового партнера записи Office 365.";
  private static final String RU_LEARN_MORE_NOTE = "[Подробнее](https://partner.microsoft.com/en-us/membership/digital-partner-of-record) "
      + "об этих отношениях.";

  // Korean page (seed 001).
  private static final String KO_WORKLOADS_NOTE = "배포에는 모든 Microsoft Office 365 워크로드(Exchange Online, SharePoint Online, "
      + "비즈니스용 Skype, Yammer 또는 ProPlus)가 포함됩니다.";
  private static final String KO_ENTITLEMENTS_NOTE = "참고: 활성 권리 유형은 특정 워크로드의 활성 사용자 수를 계산합니다.";
  private static final String KO_ASSOCIATIONS_NOTE = "이러한 고객과 Office 365 위임 관리자 또는 공식 거래 파트너/디지털 파트너로 제휴 관계를 맺어야 합니다.";
  private static final String KO_LEARN_MORE_NOTE = "제휴에 대해 [자세히 알아보세요](https://partner.microsoft.com/en-us/membership/digital-partner-of-record).";

  private static TestServer server;
  private static final Map<String, Response> responses = new HashMap<>();

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        // ru-RU: translated
        translated(RU, OPTION + ".gold.name", "Gold (Золотой уровень)"),
        translated(RU, SILVER_PERFORMANCE + ".metrics.0.thresholds.0.description",
            "Партнеры должны развернуть 2000 активных продуктов (активных пользователей)"),
        translated(RU, SILVER_PERFORMANCE + ".metrics.0.thresholds.1.description",
            "Партнеры должны развернуть 1000 активных продуктов (активных пользователей)"),
        translated(RU, SILVER_PERFORMANCE + ".notes.0", RU_WORKLOADS_NOTE),
        translated(RU, SILVER_PERFORMANCE + ".notes.2", RU_ENTITLEMENTS_NOTE),
        translated(RU, SILVER_PERFORMANCE + ".notes.3", RU_ASSOCIATIONS_NOTE),
        translated(RU, SILVER_PERFORMANCE + ".notes.4", RU_LEARN_MORE_NOTE),
        translated(RU, GOLD_PERFORMANCE + ".notes.2", RU_ENTITLEMENTS_NOTE),
        translated(RU, GOLD_PERFORMANCE + ".notes.3", RU_ASSOCIATIONS_NOTE),
        translated(RU, GOLD_PERFORMANCE + ".notes.4", RU_LEARN_MORE_NOTE),
        translated(RU, SILVER_EXAMS + ".title",
            "1 сотрудник вашей организации должен удовлетворять требованиям, предъявляемым к прохождению экзаменов."),
        translated(RU, SILVER_EXAMS + ".paths.0.description", "1 сотрудник должен пройти все следующие экзамены:"),
        translated(RU, SILVER_EXAMS + ".paths.1.description", "1 сотрудник должен пройти следующую сертификацию:"),
        translated(RU, GOLD_EXAMS + ".title",
            "2 сотрудника вашей организации должны удовлетворять требованиям, предъявляемым к прохождению экзаменов."),
        translated(RU, GOLD_EXAMS + ".paths.0.description", "2 сотрудника должны пройти все следующие экзамены:"),
        translated(RU, GOLD_EXAMS + ".paths.1.description", "2 сотрудника должны пройти следующую сертификацию:"),
        translated(RU, "markets.0.name", "Развитые рынки"),
        translated(RU, "markets.1.name", "Развивающиеся рынки"),
        translated(RU, "workloads.2.name", "Skype для бизнеса"),
        translated(RU, "credentials.7.title", "Экзамен 70-346: управление учетными записями и требованиями Office 365"),
        translated(RU, "credentials.8.title", "Экзамен 70-347: активация служб Office 365"),
        // ru-RU: kept in English
        fallback(RU, "competency.name", COMPETENCY_NAME),
        fallback(RU, "competency.description", COMPETENCY_DESCRIPTION),
        fallback(RU, OPTION + ".name", OPTION_NAME),
        fallback(RU, OPTION + ".description", OPTION_DESCRIPTION),
        fallback(RU, OPTION + ".silver.name", "Silver"),
        fallback(RU, SILVER_PERFORMANCE + ".title", "Your organization must meet the performance thresholds:"),
        fallback(RU, SILVER_PERFORMANCE + ".notes.1", TRIALS_NOTE),
        fallback(RU, GOLD_PERFORMANCE + ".title", "Your organization must meet the performance thresholds."),
        fallback(RU, GOLD_PERFORMANCE + ".metrics.0.thresholds.0.description",
            "Partners must have deployed 4,000 active entitlements (active users)."),
        fallback(RU, GOLD_PERFORMANCE + ".notes.0", WORKLOADS_NOTE),
        fallback(RU, GOLD_PERFORMANCE + ".notes.1", TRIALS_NOTE),
        fallback(RU, "credentials.68.title", "MCSA: Office 365"),
        fallback(RU, "workloads.0.name", "Exchange Online"),
        fallback(RU, "associationTypes.0.name", "Office 365 Delegated Administrator"),
        fallback(RU, "associationTypes.3.name", "Fast Track Partner"),
        // ko-KR: translated
        translated(KO, SILVER_PERFORMANCE + ".metrics.0.thresholds.0.description",
            "파트너가 활성 권리 유형(활성 사용자) 2,000개를 배포한 실적이 있어야 합니다."),
        translated(KO, SILVER_PERFORMANCE + ".metrics.0.thresholds.1.description",
            "파트너가 활성 권리 유형(활성 사용자) 1,000개를 배포한 실적이 있어야 합니다."),
        translated(KO, SILVER_PERFORMANCE + ".notes.0", KO_WORKLOADS_NOTE),
        translated(KO, SILVER_PERFORMANCE + ".notes.2", KO_ENTITLEMENTS_NOTE),
        translated(KO, SILVER_PERFORMANCE + ".notes.3", KO_ASSOCIATIONS_NOTE),
        translated(KO, SILVER_PERFORMANCE + ".notes.4", KO_LEARN_MORE_NOTE),
        translated(KO, GOLD_PERFORMANCE + ".notes.2", KO_ENTITLEMENTS_NOTE),
        translated(KO, GOLD_PERFORMANCE + ".notes.3", KO_ASSOCIATIONS_NOTE),
        translated(KO, GOLD_PERFORMANCE + ".notes.4", KO_LEARN_MORE_NOTE),
        translated(KO, "markets.0.name", "선진국 시장"),
        translated(KO, "markets.1.name", "개발 도상국 시장"),
        translated(KO, "workloads.2.name", "비즈니스용 Skype"),
        translated(KO, "associationTypes.0.name", "Office 365 위임 관리자"),
        // ko-KR: kept in English (the whole exam section, the gold tier's first sentences)
        fallback(KO, "competency.name", COMPETENCY_NAME),
        fallback(KO, "competency.description", COMPETENCY_DESCRIPTION),
        fallback(KO, OPTION + ".name", OPTION_NAME),
        fallback(KO, OPTION + ".silver.name", "Silver"),
        fallback(KO, OPTION + ".gold.name", "Gold"),
        fallback(KO, SILVER_PERFORMANCE + ".title", "Your organization must meet the performance thresholds:"),
        fallback(KO, SILVER_PERFORMANCE + ".notes.1", TRIALS_NOTE),
        fallback(KO, GOLD_PERFORMANCE + ".title", "Your organization must meet the performance thresholds."),
        fallback(KO, GOLD_PERFORMANCE + ".metrics.0.thresholds.0.description",
            "Partners must have deployed 4,000 active entitlements (active users)."),
        fallback(KO, GOLD_PERFORMANCE + ".notes.0", WORKLOADS_NOTE),
        fallback(KO, GOLD_PERFORMANCE + ".notes.1", TRIALS_NOTE),
        fallback(KO, SILVER_EXAMS + ".title", "Your organization must have 1 individual pass the exam requirements."),
        fallback(KO, SILVER_EXAMS + ".paths.0.description", "1 individual must pass all the following exams:"),
        fallback(KO, SILVER_EXAMS + ".paths.1.description", "1 individual must obtain the following certification:"),
        fallback(KO, GOLD_EXAMS + ".title", "Your organization must have 2 individuals pass the exam requirements."),
        fallback(KO, GOLD_EXAMS + ".paths.0.description", "2 individuals must pass all the following exams:"),
        fallback(KO, GOLD_EXAMS + ".paths.1.description", "2 individuals must obtain the following certification:"),
        fallback(KO, "credentials.7.title", "Exam 70-346: Managing Office 365 Identities and Requirements"),
        fallback(KO, "credentials.8.title", "Exam 70-347: Enabling Office 365 Services"),
        fallback(KO, "credentials.68.title", "MCSA: Office 365"),
        fallback(KO, "associationTypes.3.name", "Fast Track Partner"));
  }

  @ParameterizedTest
  @MethodSource("rows")
  void isServedForTheAcceptLanguageHeader(String locale, String field, String text, boolean fallback) {
    Response response = responses.computeIfAbsent("header " + locale,
        k -> server.client().query(QUERY).header("Accept-Language", locale).post());

    assertServed(response, field, text, fallback ? "en-US" : locale, fallback);
    assertEquals(locale, response.header("Content-Language"));
  }

  @ParameterizedTest
  @MethodSource("rows")
  void isServedForTheLocaleArgumentWhateverTheHeaderSays(String locale, String field, String text, boolean fallback) {
    String otherLanguage = locale.equals(RU) ? KO : RU;
    Response response = responses.computeIfAbsent("argument " + locale,
        k -> server.client().query(QUERY).variables(Map.of("locale", locale)).header("Accept-Language", otherLanguage).post());

    assertServed(response, field, text, fallback ? "en-US" : locale, fallback);
  }

  private static void assertServed(Response response, String field, String text, String locale, boolean fallback) {
    assertTrue(response.errors().isEmpty(), response::toString);
    Object served = response.data(field);
    assertTrue(served instanceof JsonObject, () -> field + " is not a LocalizedText: " + served);
    assertEquals(new JsonObject().put("text", text).put("locale", locale).put("fallback", fallback), served, field);
  }

  private static Arguments translated(String locale, String field, String text) {
    return argumentSet(locale + " " + field + " is translated", locale, field, text, false);
  }

  private static Arguments fallback(String locale, String field, String english) {
    return argumentSet(locale + " " + field + " falls back to English", locale, field, english, true);
  }
}
