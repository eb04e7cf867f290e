package io.competency.evaluation;

import static io.competency.evaluation.CloudProductivity.SNAPSHOT;
import static io.competency.evaluation.CloudProductivity.performanceRequirement;
import static io.competency.evaluation.CloudProductivity.skillRequirement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.competency.catalog.Metric;
import io.competency.catalog.PerformanceRequirement;
import io.competency.catalog.SkillRequirement;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Explanations of verdicts in en-US, ru-RU and ko-KR, with numbers and plurals formatted for the locale. */
class ExplanationsTest {
  private static final Explanations DEVELOPED = Explanations.of(SNAPSHOT, "DEVELOPED");
  private static final Explanations DEVELOPING = Explanations.of(SNAPSHOT, "DEVELOPING");
  /** The no-break space Russian groups digits with; the Russian rows write it as a plain space between digits. */
  private static final String NBSP = "\u00a0";

  private static PerformanceResult entitlements(String tier, int actual, int excluded) {
    return performance(performanceRequirement(tier), excluded(excluded, ExclusionReason.TRIAL),
        MetricResult.of(Metric.ACTIVE_ENTITLEMENTS, tier.equals("gold") ? 4_000 : 2_000, actual));
  }

  private static PerformanceResult developing(int actual) {
    return performance(performanceRequirement("silver"), List.of(), MetricResult.of(Metric.ACTIVE_ENTITLEMENTS, 1_000, actual));
  }

  private static PerformanceResult performance(PerformanceRequirement requirement, List<ExcludedDeployment> excluded,
      MetricResult... metrics) {
    return new PerformanceResult(requirement, Stream.of(metrics).allMatch(MetricResult::met), List.of(metrics), excluded);
  }

  private static List<ExcludedDeployment> excluded(int count, ExclusionReason reason) {
    return IntStream.range(0, count).mapToObj(i -> new ExcludedDeployment("c" + i, "EXCHANGE_ONLINE", 10, reason)).toList();
  }

  private static SkillResult individuals(String tier, int actual) {
    SkillRequirement requirement = skillRequirement(tier);
    List<QualifiedIndividual> qualified = IntStream.range(0, actual).mapToObj(i -> new QualifiedIndividual("p" + i, 0)).toList();
    return new SkillResult(requirement, actual >= requirement.individuals(), requirement.individuals(), actual, qualified);
  }

  static Stream<Arguments> english() {
    return Stream.of(
        Arguments.of(DEVELOPED, entitlements("silver", 2_150, 3),
            "Met: 2,150 active entitlements counted against 2,000 required in Developed markets (3 deployments excluded)."),
        Arguments.of(DEVELOPED, entitlements("silver", 1_850, 0),
            "Not met: 1,850 of 2,000 active entitlements in Developed markets; 150 short."),
        Arguments.of(DEVELOPING, developing(999), "Not met: 999 of 1,000 active entitlements in Developing markets; 1 short."),
        Arguments.of(DEVELOPED, entitlements("gold", 3_850, 0), "Not met: 3,850 of 4,000 active entitlements; 150 short."),
        Arguments.of(DEVELOPING, entitlements("gold", 4_000, 1),
            "Met: 4,000 active entitlements counted against 4,000 required (1 deployment excluded)."),
        Arguments.of(DEVELOPED, individuals("gold", 1), "Not met: 1 of 2 individuals qualified; 1 more needed."),
        Arguments.of(DEVELOPED, individuals("silver", 0), "Not met: 0 of 1 individual qualified; 1 more needed."),
        Arguments.of(DEVELOPED, individuals("silver", 1), "Met: 1 individual qualified against 1 required."),
        Arguments.of(DEVELOPED, individuals("gold", 3), "Met: 3 individuals qualified against 2 required."));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("english")
  void englishExplanationsUseOneAndOtherForms(Explanations explanations, RequirementResult result, String expected) {
    assertEquals(expected, explanations.explain(result, "en-US"));
  }

  static Stream<Arguments> russian() {
    return Stream.of(
        Arguments.of(DEVELOPED, entitlements("silver", 2_150, 3), "Выполнено: 2 150 активных пользователей при норме 2 000"
            + " для рынка «Развитые рынки» (исключено 3 развертывания)."),
        Arguments.of(DEVELOPING, developing(1_001),
            "Выполнено: 1 001 активный пользователь при норме 1 000 для рынка «Развивающиеся рынки»."),
        Arguments.of(DEVELOPING, developing(1_002),
            "Выполнено: 1 002 активных пользователя при норме 1 000 для рынка «Развивающиеся рынки»."),
        Arguments.of(DEVELOPING, developing(1_005),
            "Выполнено: 1 005 активных пользователей при норме 1 000 для рынка «Развивающиеся рынки»."),
        Arguments.of(DEVELOPING, developing(1_011),
            "Выполнено: 1 011 активных пользователей при норме 1 000 для рынка «Развивающиеся рынки»."),
        Arguments.of(DEVELOPING, developing(1_021),
            "Выполнено: 1 021 активный пользователь при норме 1 000 для рынка «Развивающиеся рынки»."),
        Arguments.of(DEVELOPED, entitlements("silver", 1_850, 0),
            "Не выполнено: 1 850 из 2 000 активных пользователей для рынка «Развитые рынки»; не хватает 150."),
        Arguments.of(DEVELOPED, entitlements("gold", 4_000, 1),
            "Выполнено: 4 000 активных пользователей при норме 4 000 (исключено 1 развертывание)."),
        Arguments.of(DEVELOPED, entitlements("gold", 4_000, 5),
            "Выполнено: 4 000 активных пользователей при норме 4 000 (исключено 5 развертываний)."),
        Arguments.of(DEVELOPED, entitlements("gold", 4_000, 21),
            "Выполнено: 4 000 активных пользователей при норме 4 000 (исключено 21 развертывание)."),
        Arguments.of(DEVELOPED, individuals("silver", 1), "Выполнено: 1 сотрудник с нужной квалификацией при норме 1."),
        Arguments.of(DEVELOPED, individuals("gold", 2), "Выполнено: 2 сотрудника с нужной квалификацией при норме 2."),
        Arguments.of(DEVELOPED, individuals("gold", 5), "Выполнено: 5 сотрудников с нужной квалификацией при норме 2."),
        Arguments.of(DEVELOPED, individuals("gold", 21), "Выполнено: 21 сотрудник с нужной квалификацией при норме 2."),
        Arguments.of(DEVELOPED, individuals("gold", 1),
            "Не выполнено: нужная квалификация есть у 1 из 2 сотрудников; не хватает 1 сотрудника."),
        Arguments.of(DEVELOPED, individuals("gold", 0),
            "Не выполнено: нужная квалификация есть у 0 из 2 сотрудников; не хватает 2 сотрудников."),
        Arguments.of(DEVELOPED, individuals("silver", 0),
            "Не выполнено: нужная квалификация есть у 0 из 1 сотрудника; не хватает 1 сотрудника."));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("russian")
  void russianExplanationsUseOneFewAndManyFormsAndNoBreakSpaces(Explanations explanations, RequirementResult result,
      String expected) {
    String grouped = expected.replaceAll("(\\d) (\\d{3})", "$1" + NBSP + "$2");

    assertEquals(grouped, explanations.explain(result, "ru-RU"));
  }

  @Test
  void russianDigitsAreGroupedWithANoBreakSpace() {
    assertEquals("Не выполнено: 1" + NBSP + "850 из 2" + NBSP + "000 активных пользователей для рынка «Развитые рынки»;"
        + " не хватает 150.", DEVELOPED.explain(entitlements("silver", 1_850, 0), "ru-RU"));
  }

  static Stream<Arguments> korean() {
    return Stream.of(
        Arguments.of(DEVELOPED, entitlements("silver", 2_150, 3),
            "충족: 선진국 시장 기준 활성 권리 유형 2,150개 집계, 필요 2,000개 (배포 3건 제외)."),
        Arguments.of(DEVELOPED, entitlements("silver", 1_850, 0),
            "미충족: 선진국 시장 기준 활성 권리 유형 2,000개 중 1,850개; 150개 부족."),
        Arguments.of(DEVELOPED, entitlements("gold", 3_850, 0), "미충족: 활성 권리 유형 4,000개 중 3,850개; 150개 부족."),
        Arguments.of(DEVELOPED, individuals("gold", 1), "미충족: 필요 인원 2명 중 자격을 갖춘 인원 1명; 1명 더 필요."),
        Arguments.of(DEVELOPED, individuals("gold", 3), "충족: 자격을 갖춘 인원 3명, 필요 2명."));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("korean")
  void koreanExplanationsUseCountersWithoutPlurals(Explanations explanations, RequirementResult result, String expected) {
    assertEquals(expected, explanations.explain(result, "ko-KR"));
  }

  static Stream<Arguments> severalMetrics() {
    PerformanceRequirement silver = (PerformanceRequirement) ThreeTierOption.SILVER.requirements().get(0);
    PerformanceRequirement bronze = (PerformanceRequirement) ThreeTierOption.BRONZE.requirements().get(0);
    PerformanceResult silverShort = performance(silver, excluded(1, ExclusionReason.OUTSIDE_WINDOW),
        MetricResult.of(Metric.ACTIVE_ENTITLEMENTS, 500, 600), MetricResult.of(Metric.NEW_CUSTOMERS, 2, 1));
    PerformanceResult bronzeMet = performance(bronze, List.of(),
        MetricResult.of(Metric.ACTIVE_ENTITLEMENTS, 0, 5), MetricResult.of(Metric.NEW_CUSTOMERS, 1, 1));
    return Stream.of(
        Arguments.of(DEVELOPED, silverShort, "en-US", "Not met: 600 active entitlements counted against 500 required"
            + " in Developed markets; 1 of 2 new customers in the last 12 months, 1 short."),
        Arguments.of(DEVELOPING, bronzeMet, "en-US", "Met: no active entitlements threshold applies in Developing markets;"
            + " 1 new customer in the last 12 months counted against 1 required."),
        Arguments.of(DEVELOPED, silverShort, "ru-RU", "Не выполнено: 600 активных пользователей при норме 500 для рынка"
            + " «Развитые рынки»; 1 из 2 новых клиентов за 12 месяцев, не хватает 1."),
        Arguments.of(DEVELOPING, bronzeMet, "ru-RU", "Выполнено: для рынка «Развивающиеся рынки» норма по активным"
            + " пользователям не задана; 1 новый клиент за 12 месяцев при норме 1."),
        Arguments.of(DEVELOPED, silverShort, "ko-KR", "미충족: 선진국 시장 기준 활성 권리 유형 600개 집계, 필요 500개;"
            + " 최근 12개월 신규 고객사 2곳 중 1곳, 1곳 부족."),
        Arguments.of(DEVELOPING, bronzeMet, "ko-KR", "충족: 개발 도상국 시장에는 활성 권리 유형 기준이 없습니다;"
            + " 최근 12개월 신규 고객사 1곳 집계, 필요 1곳."));
  }

  @ParameterizedTest(name = "{2}: {3}")
  @MethodSource("severalMetrics")
  void everyMetricOfARequirementIsExplainedAndOutsideTheWindowIsNotCountedAsExcluded(Explanations explanations,
      RequirementResult result, String locale, String expected) {
    assertEquals(expected, explanations.explain(result, locale));
  }

  @Test
  void anUnsupportedLocaleGetsEnglishWithEnglishNumbers() {
    assertEquals("Met: 2,150 active entitlements counted against 2,000 required in Developed markets (3 deployments excluded).",
        DEVELOPED.explain(entitlements("silver", 2_150, 3), "fr-FR"));
  }

  @Test
  void aMarketTheCatalogNoLongerHasIsNamedByItsCode() {
    PerformanceResult result = performance(performanceRequirement("silver"), List.of(),
        MetricResult.of(Metric.ACTIVE_ENTITLEMENTS, 0, 1_850));

    assertEquals("Met: no active entitlements threshold applies in EMERGING.",
        Explanations.of(SNAPSHOT, "EMERGING").explain(result, "en-US"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("locales")
  void explanationsAreWrittenInThreeLocales(String locale, boolean supported) {
    assertEquals(supported, Explanations.supports(locale));
  }

  static Stream<Arguments> locales() {
    return Stream.of(Arguments.of("en-US", true), Arguments.of("ru-RU", true), Arguments.of("ko-KR", true),
        Arguments.of("ru-ru", true), Arguments.of("ru", false), Arguments.of("fr-FR", false), Arguments.of(null, false));
  }
}
