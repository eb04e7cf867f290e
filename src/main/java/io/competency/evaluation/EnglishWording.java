package io.competency.evaluation;

import io.competency.catalog.Metric;
import io.competency.catalog.MetricUnit;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** US English: plural "one" for 1 and "other" for every other number; money as the JDK formats US dollars for en-US. */
final class EnglishWording implements Wording {
  private final NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.US);
  private final NumberFormat dollars = Explanations.dollars(Locale.US);
  private final DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.US);

  @Override
  public String verdict(boolean met, String details) {
    return (met ? "Met: " : "Not met: ") + details + ".";
  }

  @Override
  public String metricMet(Metric metric, Integer window, int actual, int required, String market) {
    return amount(metric, actual) + " " + noun(metric, actual) + window(window) + " counted against " + amount(metric, required)
        + " required" + in(market);
  }

  @Override
  public String metricNotMet(Metric metric, Integer window, int actual, int required, int shortfall, String market,
      boolean alone) {
    return amount(metric, actual) + " of " + amount(metric, required) + " " + noun(metric, required) + window(window) + in(market)
        + (alone ? "; " : ", ") + amount(metric, shortfall) + " short";
  }

  @Override
  public String metricNotApplicable(Metric metric, String market) {
    return "no " + noun(metric, 2) + " threshold applies" + in(market);
  }

  @Override
  public String missingAuthorizations(List<String> names) {
    return plural(names.size(), "missing authorization: ", "missing authorizations: ") + String.join(", ", names);
  }

  @Override
  public String excluded(int deployments, int revenueLines) {
    String d = deployments == 0 ? "" : n(deployments) + " " + plural(deployments, "deployment", "deployments");
    String r = revenueLines == 0 ? "" : n(revenueLines) + " " + plural(revenueLines, "revenue line", "revenue lines");
    return d.isEmpty() && r.isEmpty() ? "" : " (" + d + (d.isEmpty() || r.isEmpty() ? "" : " and ") + r + " excluded)";
  }

  @Override
  public String skillMet(int actual, int required) {
    return n(actual) + " " + plural(actual, "individual", "individuals") + " qualified against " + n(required) + " required";
  }

  @Override
  public String skillNotMet(int actual, int required, int shortfall) {
    return n(actual) + " of " + n(required) + " " + plural(required, "individual", "individuals") + " qualified; "
        + n(shortfall) + " more needed";
  }

  @Override
  public String roleShort(int shortfall, String qualification) {
    return n(shortfall) + " more " + plural(shortfall, "person who passes ", "people who pass ") + qualification;
  }

  @Override
  public String alreadyFills(String person, String qualification) {
    return person + " already fills the " + qualification + " slot";
  }

  @Override
  public String oneOf(List<String> codes) {
    return "one of " + String.join(", ", codes);
  }

  @Override
  public String allOf(List<String> parts) {
    return String.join(" and ", parts);
  }

  @Override
  public String anyOf(List<String> parts) {
    return String.join(" or ", parts);
  }

  @Override
  public String retired(String credential, LocalDate date) {
    return credential + " retired on " + dates.format(date) + "; it still counts.";
  }

  @Override
  public String retiring(String credential, LocalDate date, int days) {
    return credential + " retires on " + dates.format(date) + ", in " + n(days) + " " + plural(days, "day", "days") + ".";
  }

  @Override
  public String raiseMetric(Metric metric, Integer window, int amount, String market) {
    String what = metric.unit() == MetricUnit.USD ? amount(metric, amount) + " of " + noun(metric, amount)
        : n(amount) + " more " + noun(metric, amount);
    return "Add " + what + window(window) + in(market) + ".";
  }

  @Override
  public String gainAuthorization(String name) {
    return "Obtain this authorization: " + name + ".";
  }

  @Override
  public String earnCredential(String person, String credential) {
    return person + ": earn " + credential + ".";
  }

  @Override
  public String newIndividual(int number) {
    return "New individual " + n(number);
  }

  private static String noun(Metric metric, int count) {
    return switch (metric) {
      case ACTIVE_ENTITLEMENTS -> plural(count, "active entitlement", "active entitlements");
      case NEW_CUSTOMERS -> plural(count, "new customer", "new customers");
      case NET_NEW_REVENUE -> "net new revenue";
      case REVENUE -> "gross license revenue";
      case CONSUMPTION -> "customer consumption";
      case DEVICES_SHIPPED -> plural(count, "device shipped", "devices shipped");
    };
  }

  private String amount(Metric metric, int value) {
    return metric.unit() == MetricUnit.USD ? dollars.format(value) : n(value);
  }

  private String window(Integer months) {
    return months == null ? "" : " in the last " + n(months) + " " + plural(months, "month", "months");
  }

  private static String in(String market) {
    return market == null ? "" : " in " + market;
  }

  private String n(int number) {
    return numbers.format(number);
  }

  private static String plural(int count, String one, String other) {
    return count == 1 ? one : other;
  }
}
