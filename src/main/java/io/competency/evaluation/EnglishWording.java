package io.competency.evaluation;

import io.competency.catalog.Metric;
import java.text.NumberFormat;
import java.util.Locale;

/** US English: plural "one" for 1 and "other" for every other number. */
final class EnglishWording implements Wording {
  private final NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.US);

  @Override
  public String verdict(boolean met, String details) {
    return (met ? "Met: " : "Not met: ") + details + ".";
  }

  @Override
  public String metricMet(Metric metric, Integer window, int actual, int required, String market) {
    return n(actual) + " " + noun(metric, actual) + window(window) + " counted against " + n(required) + " required"
        + in(market);
  }

  @Override
  public String metricNotMet(Metric metric, Integer window, int actual, int required, int shortfall, String market,
      boolean alone) {
    return n(actual) + " of " + n(required) + " " + noun(metric, required) + window(window) + in(market)
        + (alone ? "; " : ", ") + n(shortfall) + " short";
  }

  @Override
  public String metricNotApplicable(Metric metric, String market) {
    return "no " + noun(metric, 2) + " threshold applies" + in(market);
  }

  @Override
  public String excluded(int deployments) {
    return " (" + n(deployments) + " " + plural(deployments, "deployment", "deployments") + " excluded)";
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

  private static String noun(Metric metric, int count) {
    return switch (metric) {
      case ACTIVE_ENTITLEMENTS -> plural(count, "active entitlement", "active entitlements");
      case NEW_CUSTOMERS -> plural(count, "new customer", "new customers");
    };
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
