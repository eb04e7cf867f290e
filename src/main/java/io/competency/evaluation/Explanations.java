package io.competency.evaluation;

import io.competency.catalog.CatalogSnapshot;
import io.competency.catalog.MarketThreshold;
import io.competency.catalog.Metric;
import io.competency.catalog.MetricThreshold;
import io.competency.catalog.PerformanceRequirement;
import io.competency.catalog.Term;
import io.competency.catalog.Translations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One- or two-clause human explanations of requirement verdicts, generated (not translated) for each
 * of {@link #SUPPORTED_LOCALES}, with numbers formatted and nouns pluralized for the locale: "Met: 2,150
 * active entitlements counted against 2,000 required in Developed markets (3 deployments excluded)."
 * Any other locale gets English; the caller decides whether to flag that as a fallback.
 *
 * <p>An instance explains the results of one evaluation, whose market it names: a threshold that is
 * the market's own is said to apply "in" it, an all-markets threshold is not qualified, and a metric
 * with no threshold for the market is said not to apply there. The deployment count in parentheses
 * covers the deployments that did not count at all; those left out only of a new-customer count
 * ({@link ExclusionReason#OUTSIDE_WINDOW}) show in that count instead. Instances are immutable and
 * safe to share.
 */
public final class Explanations {
  public static final List<String> SUPPORTED_LOCALES = List.of(Translations.ENGLISH, "ru-RU", "ko-KR");

  private final Term market;

  /** Explanations for results evaluated in {@code market}, named in each locale by its translations. */
  public Explanations(Term market) {
    this.market = Objects.requireNonNull(market, "market");
  }

  /**
   * Explanations for results evaluated in the market with this code; a market the snapshot no longer
   * has (an old evaluation read back) is named by its code.
   */
  public static Explanations of(CatalogSnapshot snapshot, String market) {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(market, "market");
    Term term = snapshot.market(market);
    return new Explanations(term == null ? new Term(market, Translations.english(market)) : term);
  }

  /** Whether explanations are written in {@code locale} (a BCP 47 tag such as {@code ru-RU}) rather than falling back to English. */
  public static boolean supports(String locale) {
    return locale != null && SUPPORTED_LOCALES.contains(Locale.forLanguageTag(locale).toLanguageTag());
  }

  /** The explanation of {@code result} in {@code locale}, or in English when that locale is not supported. */
  public String explain(RequirementResult result, String locale) {
    Objects.requireNonNull(result, "result");
    String tag = supports(locale) ? Locale.forLanguageTag(locale).toLanguageTag() : Translations.ENGLISH;
    Wording wording = wording(tag);
    if (result instanceof SkillResult skill) {
      return wording.verdict(skill.met(), skill.met()
          ? wording.skillMet(skill.actual(), skill.required())
          : wording.skillNotMet(skill.actual(), skill.required(), skill.shortfall()));
    }
    return performance((PerformanceResult) result, wording, marketName(tag));
  }

  private String performance(PerformanceResult result, Wording wording, String marketName) {
    PerformanceRequirement requirement = result.requirement();
    List<String> clauses = new ArrayList<>();
    boolean alone = result.metrics().size() == 1;
    for (int i = 0; i < result.metrics().size(); i++) {
      MetricResult metric = result.metrics().get(i);
      MetricThreshold threshold = i < requirement.metrics().size() ? requirement.metrics().get(i) : null;
      clauses.add(clause(metric, threshold, wording, marketName, alone));
    }
    long excluded = result.excludedDeployments().stream().filter(d -> d.reason() != ExclusionReason.OUTSIDE_WINDOW).count();
    String details = String.join("; ", clauses) + (excluded == 0 ? "" : wording.excluded((int) excluded));
    return wording.verdict(result.met(), details);
  }

  private String clause(MetricResult metric, MetricThreshold threshold, Wording wording, String marketName, boolean alone) {
    MarketThreshold applied = threshold == null ? null : threshold.thresholdFor(market.code());
    if (threshold != null && applied == null) {
      return wording.metricNotApplicable(metric.metric(), marketName);
    }
    String where = applied != null && applied.market() != null ? marketName : null;
    Integer window = metric.metric() == Metric.NEW_CUSTOMERS && threshold != null ? threshold.windowMonths() : null;
    return metric.met()
        ? wording.metricMet(metric.metric(), window, metric.actual(), metric.required(), where)
        : wording.metricNotMet(metric.metric(), window, metric.actual(), metric.required(), metric.shortfall(), where, alone);
  }

  private String marketName(String locale) {
    String name = market.name().in(locale);
    return name == null ? market.name().english() : name;
  }

  private static Wording wording(String locale) {
    return switch (locale) {
      case "ru-RU" -> new RussianWording();
      case "ko-KR" -> new KoreanWording();
      default -> new EnglishWording();
    };
  }
}
