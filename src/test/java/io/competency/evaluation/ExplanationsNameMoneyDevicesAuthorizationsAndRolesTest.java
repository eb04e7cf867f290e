package io.competency.evaluation;

import static io.competency.evaluation.Program2017.AS_OF;
import static io.competency.evaluation.Program2017.CRM;
import static io.competency.evaluation.Program2017.DEVELOPED;
import static io.competency.evaluation.Program2017.ERP;
import static io.competency.evaluation.Program2017.SNAPSHOT;
import static io.competency.evaluation.Program2017.SURFACE_HUB;
import static io.competency.evaluation.Program2017.customers;
import static io.competency.evaluation.Program2017.dpor;
import static io.competency.evaluation.Program2017.evaluate;
import static io.competency.evaluation.Program2017.netNew;
import static io.competency.evaluation.Program2017.people;
import static io.competency.evaluation.Program2017.performance;
import static io.competency.evaluation.Program2017.person;
import static io.competency.evaluation.Program2017.skill;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Explanations of the program's new requirements in the three locales. Money is the JDK's currency
 * format of US dollars for the locale ({@code US$100,000} in en-US, {@code 100 000 долл. США} with no-break spaces
 * in ru-RU, {@code US$100,000} in ko-KR); skill roles name what is missing and who already fills another
 * role.
 */
class ExplanationsNameMoneyDevicesAuthorizationsAndRolesTest {
  private static final Explanations IN_DEVELOPED = Explanations.of(SNAPSHOT, DEVELOPED);
  private static final String NBSP = "\u00a0";

  private static RequirementResult crmRevenue(String amount) {
    return performance(evaluate(CRM, customers(dpor("c1", netNew("CRM_ONLINE", amount), netNew("DYNAMICS_365_PLAN_2", "5")))), "silver");
  }

  private static RequirementResult surfaceHub(int devices, List<String> authorizations) {
    PartnerData partner = new PartnerData(List.of(), List.of(), List.of(new ShipmentData("SURFACE_HUB", AS_OF, devices)), authorizations);
    return performance(evaluate(SURFACE_HUB, partner), "gold");
  }

  private static RequirementResult erpRoles() {
    return skill(evaluate(ERP, people(person("Ana", "MB6-890", "MB6-893"), person("Bo", "MB6-892"), person("Cy", "MB6-705"),
        person("Di", "70-462"))), "gold", 1);
  }

  private static RequirementResult crmRoles() {
    return skill(evaluate(CRM, people(person("Ana", "MB2-714", "MB2-710"), person("Bo", "MB2-709", "MB2-706"))), "silver", 1);
  }

  static Stream<Arguments> explanations() {
    return Stream.of(
        Arguments.of(crmRevenue("80000.75"), "en-US", "Not met: US$80,000 of US$100,000 net new revenue in the last 12 months"
            + " in Developed markets; US$20,000 short (1 revenue line excluded)."),
        Arguments.of(crmRevenue("123456"), "en-US", "Met: US$123,456 net new revenue in the last 12 months counted against"
            + " US$100,000 required in Developed markets (1 revenue line excluded)."),
        Arguments.of(crmRevenue("80000.75"), "ru-RU", "Не выполнено: 80 000 долл. США из 100 000 долл. США чистой новой выручки за 12 месяцев"
            + " для рынка «Развитые рынки»; не хватает 20 000 долл. США (исключено 1 строка выручки)."),
        Arguments.of(crmRevenue("80000.75"), "ko-KR", "미충족: 선진국 시장 기준 최근 12개월 순 신규 매출 US$100,000 중"
            + " US$80,000; US$20,000 부족 (매출 1건 제외)."),
        Arguments.of(surfaceHub(60, List.of()), "en-US", "Not met: 60 devices shipped in the last 12 months counted against"
            + " 52 required; missing authorization: Authorized Surface Hub ADR."),
        Arguments.of(surfaceHub(51, List.of("SURFACE_HUB_ADR")), "en-US",
            "Not met: 51 of 52 devices shipped in the last 12 months; 1 short."),
        Arguments.of(surfaceHub(60, List.of()), "ru-RU", "Не выполнено: 60 отгруженных устройств за 12 месяцев при норме 52;"
            + " нет авторизации: Authorized Surface Hub ADR."),
        Arguments.of(surfaceHub(51, List.of("SURFACE_HUB_ADR")), "ko-KR", "미충족: 최근 12개월 출하 장치 52대 중 51대; 1대 부족."),
        Arguments.of(erpRoles(), "en-US", "Not met: 4 of 5 individuals qualified; 1 more needed;"
            + " 1 more person who passes MB6-893; Ana already fills the MB6-890 slot."),
        Arguments.of(erpRoles(), "ru-RU", "Не выполнено: нужная квалификация есть у 4 из 5 сотрудников; не хватает 1 сотрудника;"
            + " не хватает 1 сотрудника, сдавшего MB6-893; Ana уже занимает место MB6-890."),
        Arguments.of(erpRoles(), "ko-KR", "미충족: 필요 인원 5명 중 자격을 갖춘 인원 4명; 1명 더 필요;"
            + " MB6-893 취득 인원 1명 더 필요; 이미 MB6-890 자리를 채운 인원: Ana."),
        Arguments.of(crmRoles(), "en-US", "Not met: 1 of 2 individuals qualified; 1 more needed;"
            + " 1 more person who passes one of MB2-712, MB2-707."));
  }

  @ParameterizedTest(name = "{1}: {2}")
  @MethodSource("explanations")
  void theExplanationSaysWhatIsMissing(RequirementResult result, String locale, String expected) {
    String spaced = locale.equals("ru-RU") ? expected.replaceAll("(\\d) (\\d{3})", "$1" + NBSP + "$2").replace(" долл. США", NBSP + "долл. США") : expected;
    assertEquals(spaced, IN_DEVELOPED.explain(result, locale));
  }

  static Stream<Arguments> notices() {
    return Stream.of(
        Arguments.of(Notice.CREDENTIAL_RETIRED, LocalDate.of(2017, 10, 1), "en-US", "70-354 retired on September 30, 2017; it still counts."),
        Arguments.of(Notice.CREDENTIAL_RETIRING, LocalDate.of(2017, 9, 1), "en-US", "70-354 retires on September 30, 2017, in 29 days."),
        Arguments.of(Notice.CREDENTIAL_RETIRING, LocalDate.of(2017, 9, 29), "en-US", "70-354 retires on September 30, 2017, in 1 day."),
        Arguments.of(Notice.CREDENTIAL_RETIRED, LocalDate.of(2017, 10, 1), "ru-RU",
            "70-354 выведен из обращения 30 сентября 2017 г., но по-прежнему засчитывается."),
        Arguments.of(Notice.CREDENTIAL_RETIRING, LocalDate.of(2017, 9, 9), "ru-RU", "70-354 выводится из обращения 30 сентября 2017 г.,"
            + " через 21 день."),
        Arguments.of(Notice.CREDENTIAL_RETIRING, LocalDate.of(2017, 9, 28), "ru-RU", "70-354 выводится из обращения 30 сентября 2017 г.,"
            + " через 2 дня."),
        Arguments.of(Notice.CREDENTIAL_RETIRED, LocalDate.of(2017, 10, 1), "ko-KR", "70-354: 2017년 9월 30일에 폐지되었지만 계속 인정됩니다."),
        Arguments.of(Notice.CREDENTIAL_RETIRING, LocalDate.of(2017, 9, 1), "ko-KR", "70-354: 2017년 9월 30일에 폐지됩니다(29일 남음)."));
  }

  @ParameterizedTest(name = "{2}: {3}")
  @MethodSource("notices")
  void aNoticeGivesTheRetirementDateInTheLocale(String code, LocalDate asOf, String locale, String expected) {
    assertEquals(expected, IN_DEVELOPED.explain(new Notice(code, "70-354"), asOf, locale));
  }
}
