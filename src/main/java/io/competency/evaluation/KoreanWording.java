package io.competency.evaluation;

import io.competency.catalog.Metric;
import io.competency.catalog.MetricUnit;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * Korean: no plural forms; counts take a counter word (개, 곳, 대, 명, 건, 개월, 일), money is US dollars as
 * the JDK formats them for ko-KR ({@code US$100,000}) and takes none.
 */
final class KoreanWording implements Wording {
  private static final Locale KOREAN = Locale.forLanguageTag("ko-KR");

  private final NumberFormat numbers = NumberFormat.getIntegerInstance(KOREAN);
  private final NumberFormat dollars = Explanations.dollars(KOREAN);
  private final DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(KOREAN);

  @Override
  public String verdict(boolean met, String details) {
    return (met ? "충족: " : "미충족: ") + details + ".";
  }

  @Override
  public String metricMet(Metric metric, Integer window, int actual, int required, String market) {
    return basis(market) + window(window) + noun(metric) + " " + amount(metric, actual) + " 집계, 필요 " + amount(metric, required);
  }

  @Override
  public String metricNotMet(Metric metric, Integer window, int actual, int required, int shortfall, String market,
      boolean alone) {
    return basis(market) + window(window) + noun(metric) + " " + amount(metric, required) + " 중 " + amount(metric, actual)
        + (alone ? "; " : ", ") + amount(metric, shortfall) + " 부족";
  }

  @Override
  public String metricNotApplicable(Metric metric, String market) {
    return market + "에는 " + noun(metric) + " 기준이 없습니다";
  }

  @Override
  public String missingAuthorizations(List<String> names) {
    return "필요한 인증 없음: " + String.join(", ", names);
  }

  @Override
  public String excluded(int deployments, int revenueLines) {
    String d = deployments == 0 ? "" : "배포 " + n(deployments) + "건";
    String r = revenueLines == 0 ? "" : "매출 " + n(revenueLines) + "건";
    return d.isEmpty() && r.isEmpty() ? "" : " (" + d + (d.isEmpty() || r.isEmpty() ? "" : ", ") + r + " 제외)";
  }

  @Override
  public String skillMet(int actual, int required) {
    return "자격을 갖춘 인원 " + n(actual) + "명, 필요 " + n(required) + "명";
  }

  @Override
  public String skillNotMet(int actual, int required, int shortfall) {
    return "필요 인원 " + n(required) + "명 중 자격을 갖춘 인원 " + n(actual) + "명; " + n(shortfall) + "명 더 필요";
  }

  @Override
  public String roleShort(int shortfall, String qualification) {
    return qualification + " 취득 인원 " + n(shortfall) + "명 더 필요";
  }

  @Override
  public String alreadyFills(String person, String qualification) {
    return "이미 " + qualification + " 자리를 채운 인원: " + person;
  }

  @Override
  public String oneOf(List<String> codes) {
    return String.join(", ", codes) + " 중 하나";
  }

  @Override
  public String allOf(List<String> parts) {
    return String.join(" 및 ", parts);
  }

  @Override
  public String anyOf(List<String> parts) {
    return String.join(" 또는 ", parts);
  }

  @Override
  public String retired(String credential, LocalDate date) {
    return credential + ": " + dates.format(date) + "에 폐지되었지만 계속 인정됩니다.";
  }

  @Override
  public String retiring(String credential, LocalDate date, int days) {
    return credential + ": " + dates.format(date) + "에 폐지됩니다(" + n(days) + "일 남음).";
  }

  @Override
  public String raiseMetric(Metric metric, Integer window, int amount, String market) {
    return basis(market) + window(window) + noun(metric) + " " + amount(metric, amount) + " 추가 필요.";
  }

  @Override
  public String gainAuthorization(String name) {
    return "인증 취득 필요: " + name + ".";
  }

  @Override
  public String earnCredential(String person, String credential) {
    return person + ": " + credential + " 취득 필요.";
  }

  @Override
  public String newIndividual(int number) {
    return "신규 인원 " + n(number);
  }

  private static String noun(Metric metric) {
    return switch (metric) {
      case ACTIVE_ENTITLEMENTS -> "활성 권리 유형";
      case NEW_CUSTOMERS -> "신규 고객사";
      case NET_NEW_REVENUE -> "순 신규 매출";
      case REVENUE -> "총 라이선스 매출";
      case CONSUMPTION -> "고객 사용량";
      case DEVICES_SHIPPED -> "출하 장치";
    };
  }

  private static String counter(Metric metric) {
    return switch (metric) {
      case ACTIVE_ENTITLEMENTS -> "개";
      case NEW_CUSTOMERS -> "곳";
      case DEVICES_SHIPPED -> "대";
      case NET_NEW_REVENUE, REVENUE, CONSUMPTION -> "";
    };
  }

  private String amount(Metric metric, int value) {
    return metric.unit() == MetricUnit.USD ? dollars.format(value) : n(value) + counter(metric);
  }

  private String window(Integer months) {
    return months == null ? "" : "최근 " + n(months) + "개월 ";
  }

  private static String basis(String market) {
    return market == null ? "" : market + " 기준 ";
  }

  private String n(int number) {
    return numbers.format(number);
  }
}
