package io.competency.evaluation;

import io.competency.catalog.Metric;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Russian, with the CLDR cardinal plural rule (one: 1, 21, 101…; few: 2–4, 22–24…; many: the rest)
 * for a count in the nominative, and the genitive that follows «из» and «не хватает» (singular after
 * 1, 21…, plural otherwise).
 */
final class RussianWording implements Wording {
  private final NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.forLanguageTag("ru-RU"));

  @Override
  public String verdict(boolean met, String details) {
    return (met ? "Выполнено: " : "Не выполнено: ") + details + ".";
  }

  @Override
  public String metricMet(Metric metric, Integer window, int actual, int required, String market) {
    return n(actual) + " " + noun(metric, actual) + window(window) + " при норме " + n(required) + forMarket(market);
  }

  @Override
  public String metricNotMet(Metric metric, Integer window, int actual, int required, int shortfall, String market,
      boolean alone) {
    return n(actual) + " из " + n(required) + " " + genitive(metric, required) + window(window) + forMarket(market)
        + (alone ? "; " : ", ") + "не хватает " + n(shortfall);
  }

  @Override
  public String metricNotApplicable(Metric metric, String market) {
    String by = metric == Metric.ACTIVE_ENTITLEMENTS ? "по активным пользователям" : "по новым клиентам";
    return "для рынка «" + market + "» норма " + by + " не задана";
  }

  @Override
  public String excluded(int deployments) {
    return " (исключено " + n(deployments) + " " + plural(deployments, "развертывание", "развертывания", "развертываний") + ")";
  }

  @Override
  public String skillMet(int actual, int required) {
    return n(actual) + " " + plural(actual, "сотрудник", "сотрудника", "сотрудников") + " с нужной квалификацией при норме "
        + n(required);
  }

  @Override
  public String skillNotMet(int actual, int required, int shortfall) {
    return "нужная квалификация есть у " + n(actual) + " из " + n(required) + " " + genitive(required, "сотрудника", "сотрудников")
        + "; не хватает " + n(shortfall) + " " + genitive(shortfall, "сотрудника", "сотрудников");
  }

  private static String noun(Metric metric, int count) {
    return switch (metric) {
      case ACTIVE_ENTITLEMENTS -> plural(count, "активный пользователь", "активных пользователя", "активных пользователей");
      case NEW_CUSTOMERS -> plural(count, "новый клиент", "новых клиента", "новых клиентов");
    };
  }

  private static String genitive(Metric metric, int count) {
    return switch (metric) {
      case ACTIVE_ENTITLEMENTS -> genitive(count, "активного пользователя", "активных пользователей");
      case NEW_CUSTOMERS -> genitive(count, "нового клиента", "новых клиентов");
    };
  }

  private String window(Integer months) {
    return months == null ? "" : " за " + n(months) + " " + plural(months, "месяц", "месяца", "месяцев");
  }

  private static String forMarket(String market) {
    return market == null ? "" : " для рынка «" + market + "»";
  }

  private String n(int number) {
    return numbers.format(number);
  }

  /** The CLDR cardinal category of {@code count} in Russian: one, few or many. */
  static String plural(int count, String one, String few, String many) {
    int mod10 = count % 10;
    int mod100 = count % 100;
    if (mod10 == 1 && mod100 != 11) {
      return one;
    }
    if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
      return few;
    }
    return many;
  }

  private static String genitive(int count, String singular, String pluralForm) {
    return count % 10 == 1 && count % 100 != 11 ? singular : pluralForm;
  }
}
