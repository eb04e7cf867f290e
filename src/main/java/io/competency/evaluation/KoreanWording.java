package io.competency.evaluation;

import io.competency.catalog.Metric;
import java.text.NumberFormat;
import java.util.Locale;

/** Korean: no plural forms; counts take a counter word (개, 곳, 명, 건, 개월). */
final class KoreanWording implements Wording {
  private final NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.forLanguageTag("ko-KR"));

  @Override
  public String verdict(boolean met, String details) {
    return (met ? "충족: " : "미충족: ") + details + ".";
  }

  @Override
  public String metricMet(Metric metric, Integer window, int actual, int required, String market) {
    return basis(market) + window(window) + noun(metric) + " " + n(actual) + counter(metric) + " 집계, 필요 "
        + n(required) + counter(metric);
  }

  @Override
  public String metricNotMet(Metric metric, Integer window, int actual, int required, int shortfall, String market,
      boolean alone) {
    return basis(market) + window(window) + noun(metric) + " " + n(required) + counter(metric) + " 중 " + n(actual)
        + counter(metric) + (alone ? "; " : ", ") + n(shortfall) + counter(metric) + " 부족";
  }

  @Override
  public String metricNotApplicable(Metric metric, String market) {
    return market + "에는 " + noun(metric) + " 기준이 없습니다";
  }

  @Override
  public String excluded(int deployments) {
    return " (배포 " + n(deployments) + "건 제외)";
  }

  @Override
  public String skillMet(int actual, int required) {
    return "자격을 갖춘 인원 " + n(actual) + "명, 필요 " + n(required) + "명";
  }

  @Override
  public String skillNotMet(int actual, int required, int shortfall) {
    return "필요 인원 " + n(required) + "명 중 자격을 갖춘 인원 " + n(actual) + "명; " + n(shortfall) + "명 더 필요";
  }

  private static String noun(Metric metric) {
    return metric == Metric.ACTIVE_ENTITLEMENTS ? "활성 권리 유형" : "신규 고객사";
  }

  private static String counter(Metric metric) {
    return metric == Metric.ACTIVE_ENTITLEMENTS ? "개" : "곳";
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
