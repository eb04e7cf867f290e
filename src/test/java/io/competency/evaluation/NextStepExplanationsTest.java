package io.competency.evaluation;

import static io.competency.evaluation.CloudProductivity.SNAPSHOT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.competency.catalog.Metric;
import io.competency.catalog.PerformanceRequirement;
import io.competency.catalog.SkillRequirement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each step of a plan explained in en-US, ru-RU and ko-KR: how much more of a metric in its unit (counts
 * with the locale's plural form or counter word, money in the locale's currency format), with its window
 * and, when the threshold is the market's own, the market; which authorization, by its localized name;
 * who earns which credential, a new person by number. Any other locale gets English. The requirements
 * are the bundled catalog's.
 */
class NextStepExplanationsTest {
  private static final String NBSP = "\u00a0";
  private static final Explanations DEVELOPED = Explanations.of(SNAPSHOT, "DEVELOPED");
  private static final Explanations DEVELOPING = Explanations.of(SNAPSHOT, "DEVELOPING");

  /** Cloud Productivity silver: active entitlements, a threshold per market. */
  private static final PerformanceRequirement PRODUCTIVITY = performance("cloud-productivity", "managed-service-partner", "silver");
  /** Cloud Productivity gold: one threshold for every market. */
  private static final PerformanceRequirement PRODUCTIVITY_GOLD = performance("cloud-productivity", "managed-service-partner", "gold");
  /** Cloud CRM silver: net new revenue over 12 months, a threshold per market. */
  private static final PerformanceRequirement CRM = performance("cloud-customer-relationship-management", "cloud-crm-reseller", "silver");
  private static final SkillRequirement CRM_PEOPLE = (SkillRequirement) SNAPSHOT.option("cloud-customer-relationship-management",
      "cloud-crm-reseller").tier("silver").requirements().get(1);
  /** Surface Hub silver: devices over 12 months and the Surface Hub ADR authorization. */
  private static final PerformanceRequirement SURFACE_HUB = performance("windows-and-devices", "surface-hub", "silver");
  /** Enterprise Mobility Management, enterprise partner, silver: new customers over 12 months. */
  private static final PerformanceRequirement EMS = performance("enterprise-mobility-management", "enterprise-partner", "silver");

  private static PerformanceRequirement performance(String competency, String option, String tier) {
    return (PerformanceRequirement) SNAPSHOT.option(competency, option).tier(tier).requirements().get(0);
  }

  static Stream<Arguments> steps() {
    return Stream.of(
        row(DEVELOPED, NextStep.raise(PRODUCTIVITY, Metric.ACTIVE_ENTITLEMENTS, 1),
            "Add 1 more active entitlement in Developed markets.",
            "Требуется ещё 1 активный пользователь для рынка «Развитые рынки».",
            "선진국 시장 기준 활성 권리 유형 1개 추가 필요."),
        row(DEVELOPING, NextStep.raise(PRODUCTIVITY, Metric.ACTIVE_ENTITLEMENTS, 21),
            "Add 21 more active entitlements in Developing markets.",
            "Требуется ещё 21 активный пользователь для рынка «Развивающиеся рынки».",
            "개발 도상국 시장 기준 활성 권리 유형 21개 추가 필요."),
        row(DEVELOPED, NextStep.raise(PRODUCTIVITY, Metric.ACTIVE_ENTITLEMENTS, 1_250),
            "Add 1,250 more active entitlements in Developed markets.",
            "Требуется ещё 1 250 активных пользователей для рынка «Развитые рынки».",
            "선진국 시장 기준 활성 권리 유형 1,250개 추가 필요."),
        row(DEVELOPED, NextStep.raise(PRODUCTIVITY_GOLD, Metric.ACTIVE_ENTITLEMENTS, 2_000),
            "Add 2,000 more active entitlements.",
            "Требуется ещё 2 000 активных пользователей.",
            "활성 권리 유형 2,000개 추가 필요."),
        row(DEVELOPED, NextStep.raise(CRM, Metric.NET_NEW_REVENUE, 12_345),
            "Add US$12,345 of net new revenue in the last 12 months in Developed markets.",
            "Требуется ещё 12 345 долл. США чистой новой выручки за 12 месяцев для рынка «Развитые рынки».",
            "선진국 시장 기준 최근 12개월 순 신규 매출 US$12,345 추가 필요."),
        row(DEVELOPED, NextStep.raise(SURFACE_HUB, Metric.DEVICES_SHIPPED, 1),
            "Add 1 more device shipped in the last 12 months.",
            "Требуется ещё 1 отгруженное устройство за 12 месяцев.",
            "최근 12개월 출하 장치 1대 추가 필요."),
        row(DEVELOPED, NextStep.raise(SURFACE_HUB, Metric.DEVICES_SHIPPED, 3),
            "Add 3 more devices shipped in the last 12 months.",
            "Требуется ещё 3 отгруженных устройства за 12 месяцев.",
            "최근 12개월 출하 장치 3대 추가 필요."),
        row(DEVELOPING, NextStep.raise(EMS, Metric.NEW_CUSTOMERS, 1),
            "Add 1 more new customer in the last 12 months.",
            "Требуется ещё 1 новый клиент за 12 месяцев.",
            "최근 12개월 신규 고객사 1곳 추가 필요."),
        row(DEVELOPING, NextStep.raise(EMS, Metric.NEW_CUSTOMERS, 5),
            "Add 5 more new customers in the last 12 months.",
            "Требуется ещё 5 новых клиентов за 12 месяцев.",
            "최근 12개월 신규 고객사 5곳 추가 필요."),
        row(DEVELOPED, NextStep.gain(SURFACE_HUB, "SURFACE_HUB_ADR"),
            "Obtain this authorization: authorized Surface Hub ADR.",
            "Получите авторизацию: authorized Surface Hub ADR.",
            "인증 취득 필요: 공인 Surface Hub ADR."),
        row(DEVELOPED, NextStep.earn(CRM_PEOPLE, "ana", 0, 0, List.of("MB2-710", "MB2-706")),
            "ana: earn one of MB2-710, MB2-706.",
            "ana: получите один из MB2-710, MB2-706.",
            "ana: MB2-710, MB2-706 중 하나 취득 필요."),
        row(DEVELOPED, NextStep.earnNew(CRM_PEOPLE, 2, 1, 0, List.of("MB2-712")),
            "New individual 2: earn MB2-712.",
            "Новый сотрудник 2: получите MB2-712.",
            "신규 인원 2: MB2-712 취득 필요."));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("steps")
  void eachStepIsExplainedInEachLocale(Explanations explanations, NextStep step, String english, String russian, String korean) {
    assertEquals(english, explanations.explain(step, "en-US"));
    assertEquals(russian.replaceAll("(\\d) (\\d{3})", "$1" + NBSP + "$2").replace(" долл. США", NBSP + "долл. США"), explanations.explain(step, "ru-RU"));
    assertEquals(korean, explanations.explain(step, "ko-KR"));
    assertEquals(english, explanations.explain(step, "fr-FR"), "another locale gets English");
  }

  private static Arguments row(Explanations explanations, NextStep step, String english, String russian, String korean) {
    return Arguments.of(explanations, step, english, russian, korean);
  }
}
