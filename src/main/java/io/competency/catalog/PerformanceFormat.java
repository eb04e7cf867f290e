package io.competency.catalog;

import io.competency.input.Input;
import io.competency.input.ProblemCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code performance:} metric thresholds over eligible workloads (a metric may name its own), at
 * customers with a qualifying association (none listed: none needed), plus required authorizations.
 * A metric may state its {@code unit}, which must then be the metric's own: a threshold written in
 * dollars for a count (or the reverse) is refused rather than silently misread.
 */
final class PerformanceFormat implements RequirementFormat {
  private static final Set<String> FIELDS = Set.of("title", "notes", "metrics", "eligibleWorkloads",
      "excludesTrials", "qualifyingAssociations", "requiredAuthorizations");
  private static final Set<String> METRIC_FIELDS = Set.of("metric", "unit", "windowMonths", "eligibleWorkloads", "thresholds");
  private static final Set<String> THRESHOLD_FIELDS = Set.of("market", "value", "description");

  @Override
  public String key() {
    return "performance";
  }

  @Override
  public boolean writes(Requirement requirement) {
    return requirement instanceof PerformanceRequirement;
  }

  @Override
  public PerformanceRequirement read(Input in, TierPath tier, int position, CatalogReader reader) {
    in.onlyFields(FIELDS);
    Vocabulary vocabulary = reader.vocabulary();
    Translations title = reader.text(in.field("title"));
    List<Translations> notes = reader.notes(in.field("notes"));
    List<MetricThreshold> metrics = metrics(in.field("metrics"), reader);
    List<String> workloads = CatalogReader.nonEmptyCodes(in.field("eligibleWorkloads"), vocabulary.workloads(),
        ProblemCode.UNKNOWN_WORKLOAD, "workload");
    boolean excludesTrials = in.field("excludesTrials").bool(true);
    List<String> associations = associations(in.field("qualifyingAssociations"), vocabulary, metrics);
    List<String> authorizations = in.field("requiredAuthorizations").distinctKnownCodes(vocabulary.authorizations(),
        ProblemCode.UNKNOWN_AUTHORIZATION, "authorization");
    if (title == null || notes == null || metrics == null || workloads == null || associations == null || authorizations == null) {
      return null;
    }
    return new PerformanceRequirement(tier, position, title, notes, metrics, workloads, excludesTrials, associations, authorizations);
  }

  private static List<MetricThreshold> metrics(Input in, CatalogReader reader) {
    List<MetricThreshold> metrics = new ArrayList<>();
    Set<Metric> seen = new HashSet<>();
    boolean complete = true;
    for (Input element : in.nonEmptyList()) {
      MetricThreshold metric = metric(element, reader);
      complete &= metric != null;
      if (metric != null && !seen.add(metric.metric())) {
        element.field("metric").problem(ProblemCode.DUPLICATE_METRIC, "metric " + metric.metric() + " is given twice");
        complete = false;
      }
      if (metric != null) {
        metrics.add(metric);
      }
    }
    return complete && !metrics.isEmpty() ? metrics : null;
  }

  /**
   * The qualifying associations: required, possibly empty (no association needed). Associations qualify
   * customers, so they are refused on a requirement whose metrics all count the partner's own facts.
   */
  private static List<String> associations(Input in, Vocabulary vocabulary, List<MetricThreshold> metrics) {
    if (!in.present()) {
      in.problem(ProblemCode.REQUIRED, "is required (an empty list: no association is needed)");
      return null;
    }
    List<String> codes = in.distinctKnownCodes(vocabulary.associationTypes(), ProblemCode.UNKNOWN_ASSOCIATION, "association type");
    if (codes != null && !codes.isEmpty() && metrics != null && metrics.stream().noneMatch(m -> m.metric().perCustomer())) {
      in.problem(ProblemCode.INVALID_VALUE, "associations qualify customers, and " + metrics.stream().map(m -> m.metric().name()).toList()
          + " count the partner's own facts: leave qualifyingAssociations empty");
      return null;
    }
    return codes;
  }

  private static MetricThreshold metric(Input in, CatalogReader reader) {
    in.onlyFields(METRIC_FIELDS);
    Metric metric = in.field("metric").enumValue(Metric.class);
    Input unitIn = in.field("unit");
    MetricUnit unit = unitIn.present() ? unitIn.enumValue(MetricUnit.class) : null;
    boolean unitOk = !unitIn.present() || unit != null;
    if (metric != null && unit != null && unit != metric.unit()) {
      unitIn.problem(ProblemCode.UNIT_MISMATCH, metric + " counts in " + metric.unit() + ", not " + unit);
      unitOk = false;
    }
    Input windowIn = in.field("windowMonths");
    Integer window = windowIn.integer();
    if (window != null && window < 1) {
      windowIn.problem(ProblemCode.INVALID_VALUE, "window must be 1 month or more (got " + window + ")");
      window = null;
    }
    if (metric == Metric.NEW_CUSTOMERS && !windowIn.present()) {
      windowIn.problem(ProblemCode.REQUIRED, "NEW_CUSTOMERS counts customers inside a window: give windowMonths");
    }
    List<String> workloads = in.field("eligibleWorkloads").distinctKnownCodes(reader.vocabulary().workloads(),
        ProblemCode.UNKNOWN_WORKLOAD, "workload");
    List<MarketThreshold> thresholds = thresholds(in.field("thresholds"), reader);
    if (metric == null || !unitOk || thresholds == null || (windowIn.present() && window == null)
        || (metric == Metric.NEW_CUSTOMERS && window == null) || workloads == null) {
      return null;
    }
    return new MetricThreshold(metric, window, thresholds, workloads);
  }

  private static List<MarketThreshold> thresholds(Input in, CatalogReader reader) {
    List<MarketThreshold> thresholds = new ArrayList<>();
    Set<String> markets = new HashSet<>();
    boolean complete = true;
    for (Input element : in.nonEmptyList()) {
      MarketThreshold threshold = threshold(element, reader);
      complete &= threshold != null;
      if (threshold == null) {
        continue;
      }
      String key = threshold.market() == null ? "*" : threshold.market();
      if (!markets.add(key)) {
        element.field("market").problem(ProblemCode.DUPLICATE_MARKET, threshold.market() == null
            ? "only one threshold may apply to every market" : "market " + threshold.market() + " has two thresholds");
        complete = false;
      }
      thresholds.add(threshold);
    }
    return complete && !thresholds.isEmpty() ? thresholds : null;
  }

  private static MarketThreshold threshold(Input in, CatalogReader reader) {
    in.onlyFields(THRESHOLD_FIELDS);
    Input marketIn = in.field("market");
    String market = marketIn.present()
        ? marketIn.knownCode(reader.vocabulary().markets(), ProblemCode.UNKNOWN_MARKET, "market")
        : null;
    Input valueIn = in.field("value");
    Integer value = valueIn.requiredInteger();
    if (value != null && value < 0) {
      valueIn.problem(ProblemCode.NEGATIVE_THRESHOLD, "a threshold must not be negative (got " + value + ")");
      value = null;
    }
    Input descriptionIn = in.field("description");
    Translations description = reader.optionalText(descriptionIn);
    if ((marketIn.present() && market == null) || value == null || (descriptionIn.present() && description == null)) {
      return null;
    }
    return new MarketThreshold(market, value, description);
  }

  @Override
  public Map<String, Object> write(Requirement requirement, CatalogWriter writer) {
    PerformanceRequirement performance = (PerformanceRequirement) requirement;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("title", writer.text(performance.title()));
    writer.putNotes(out, performance.notes());
    out.put("metrics", performance.metrics().stream().map(m -> metric(m, writer)).toList());
    out.put("eligibleWorkloads", performance.eligibleWorkloads());
    out.put("excludesTrials", performance.excludesTrials());
    out.put("qualifyingAssociations", performance.qualifyingAssociations());
    if (!performance.requiredAuthorizations().isEmpty()) {
      out.put("requiredAuthorizations", performance.requiredAuthorizations());
    }
    return out;
  }

  private static Map<String, Object> metric(MetricThreshold metric, CatalogWriter writer) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("metric", metric.metric().name());
    CatalogWriter.putIfPresent(out, "windowMonths", metric.windowMonths());
    if (!metric.eligibleWorkloads().isEmpty()) {
      out.put("eligibleWorkloads", metric.eligibleWorkloads());
    }
    out.put("thresholds", metric.thresholds().stream().map(t -> threshold(t, writer)).toList());
    return out;
  }

  private static Map<String, Object> threshold(MarketThreshold threshold, CatalogWriter writer) {
    Map<String, Object> out = new LinkedHashMap<>();
    CatalogWriter.putIfPresent(out, "market", threshold.market());
    out.put("value", threshold.value());
    writer.putText(out, "description", threshold.description());
    return out;
  }
}
