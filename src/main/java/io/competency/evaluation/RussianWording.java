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
 * Russian, with the CLDR cardinal plural rule (one: 1, 21, 101…; few: 2–4, 22–24…; many: the rest)
 * for a count in the nominative, and the genitive that follows «из» and «не хватает» (singular after
 * 1, 21…, plural otherwise). Money is US dollars as the JDK formats them for ru-RU, followed by its noun
 * in the genitive ("120 000 $ чистой новой выручки").
 */
final class RussianWording implements Wording {
  private static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");

  private final NumberFormat numbers = NumberFormat.getIntegerInstance(RUSSIAN);
  private final NumberFormat dollars = Explanations.dollars(RUSSIAN);
  private final DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(RUSSIAN);

  @Override
  public String verdict(boolean met, String details) {
    return (met ? "Выполнено: " : "Не выполнено: ") + details + ".";
  }

  @Override
  public String metricMet(Metric metric, Integer window, int actual, int required, String market) {
    return amount(metric, actual) + " " + noun(metric, actual) + window(window) + " при норме " + amount(metric, required)
        + forMarket(market);
  }

  @Override
  public String metricNotMet(Metric metric, Integer window, int actual, int required, int shortfall, String market,
      boolean alone) {
    return amount(metric, actual) + " из " + amount(metric, required) + " " + genitive(metric, required) + window(window)
        + forMarket(market) + (alone ? "; " : ", ") + "не хватает " + amount(metric, shortfall);
  }

  @Override
  public String metricNotApplicable(Metric metric, String market) {
    String by = switch (metric) {
      case ACTIVE_ENTITLEMENTS -> "по активным пользователям";
      case NEW_CUSTOMERS -> "по новым клиентам";
      case NET_NEW_REVENUE -> "по чистой новой выручке";
      case REVENUE -> "по валовой выручке от лицензий";
      case CONSUMPTION -> "по потреблению клиентов";
      case DEVICES_SHIPPED -> "по отгруженным устройствам";
    };
    return "для рынка «" + market + "» норма " + by + " не задана";
  }

  @Override
  public String missingAuthorizations(List<String> names) {
    return (names.size() == 1 ? "нет авторизации: " : "нет авторизаций: ") + String.join(", ", names);
  }

  @Override
  public String excluded(int deployments, int revenueLines) {
    String d = deployments == 0 ? "" : n(deployments) + " " + plural(deployments, "развертывание", "развертывания", "развертываний");
    String r = revenueLines == 0 ? "" : n(revenueLines) + " " + plural(revenueLines, "строка выручки", "строки выручки", "строк выручки");
    return d.isEmpty() && r.isEmpty() ? "" : " (исключено " + d + (d.isEmpty() || r.isEmpty() ? "" : " и ") + r + ")";
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

  @Override
  public String roleShort(int shortfall, String qualification) {
    return "не хватает " + n(shortfall) + " " + genitive(shortfall, "сотрудника, сдавшего ", "сотрудников, сдавших ") + qualification;
  }

  @Override
  public String alreadyFills(String person, String qualification) {
    return person + " уже занимает место " + qualification;
  }

  @Override
  public String oneOf(List<String> codes) {
    return "один из " + String.join(", ", codes);
  }

  @Override
  public String allOf(List<String> parts) {
    return String.join(" и ", parts);
  }

  @Override
  public String anyOf(List<String> parts) {
    return String.join(" или ", parts);
  }

  @Override
  public String retired(String credential, LocalDate date) {
    return credential + " выведен из обращения " + dates.format(date) + ", но по-прежнему засчитывается.";
  }

  @Override
  public String retiring(String credential, LocalDate date, int days) {
    return credential + " выводится из обращения " + dates.format(date) + ", через " + n(days) + " "
        + plural(days, "день", "дня", "дней") + ".";
  }

  @Override
  public String raiseMetric(Metric metric, Integer window, int amount, String market) {
    return "Требуется ещё " + amount(metric, amount) + " " + noun(metric, amount) + window(window) + forMarket(market) + ".";
  }

  @Override
  public String gainAuthorization(String name) {
    return "Получите авторизацию: " + name + ".";
  }

  @Override
  public String earnCredential(String person, String credential) {
    return person + ": получите " + credential + ".";
  }

  @Override
  public String newIndividual(int number) {
    return "Новый сотрудник " + n(number);
  }

  private static String noun(Metric metric, int count) {
    return switch (metric) {
      case ACTIVE_ENTITLEMENTS -> plural(count, "активный пользователь", "активных пользователя", "активных пользователей");
      case NEW_CUSTOMERS -> plural(count, "новый клиент", "новых клиента", "новых клиентов");
      case DEVICES_SHIPPED -> plural(count, "отгруженное устройство", "отгруженных устройства", "отгруженных устройств");
      case NET_NEW_REVENUE, REVENUE, CONSUMPTION -> genitive(metric, count);
    };
  }

  private static String genitive(Metric metric, int count) {
    return switch (metric) {
      case ACTIVE_ENTITLEMENTS -> genitive(count, "активного пользователя", "активных пользователей");
      case NEW_CUSTOMERS -> genitive(count, "нового клиента", "новых клиентов");
      case DEVICES_SHIPPED -> genitive(count, "отгруженного устройства", "отгруженных устройств");
      case NET_NEW_REVENUE -> "чистой новой выручки";
      case REVENUE -> "валовой выручки от лицензий";
      case CONSUMPTION -> "потребления клиентов";
    };
  }

  private String amount(Metric metric, int value) {
    return metric.unit() == MetricUnit.USD ? dollars.format(value) : n(value);
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
