package io.competency.catalog;

import io.competency.input.Input;
import io.competency.input.ProblemCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code performance:} metric thresholds over eligible workloads and qualifying associations. */
final class PerformanceFormat implements RequirementFormat {
  private static final Set<String> FIELDS = Set.of("title", "notes", "metrics", "eligibleWorkloads",
      "excludesTrials", "qualifyingAssociations");
  private static final Set<String> METRIC_FIELDS = Set.of("metric", "windowMonths", "thresholds");
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
    Translations title = reader.text(in.field("title"));
    List<Translations> notes = reader.notes(in.field("notes"));
    List<MetricThreshold> metrics = new ArrayList<>();
    Set<Metric> seen = new HashSet<>();
    boolean complete = true;
    for (Input element : in.field("metrics").nonEmptyList()) {
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
    Vocabulary vocabulary = reader.vocabulary();
    List<String> workloads = CatalogReader.nonEmptyCodes(in.field("eligibleWorkloads"), vocabulary.workloads(), ProblemCode.UNKNOWN_WORKLOAD, "workload");
    boolean excludesTrials = in.field("excludesTrials").bool(true);
    List<String> associations = CatalogReader.nonEmptyCodes(in.field("qualifyingAssociations"), vocabulary.associationTypes(),
        ProblemCode.UNKNOWN_ASSOCIATION, "association type");
    if (title == null || notes == null || !complete || metrics.isEmpty() || workloads == null || associations == null) {
      return null;
    }
    return new PerformanceRequirement(tier, position, title, notes, metrics, workloads, excludesTrials, associations);
  }

  private static MetricThreshold metric(Input in, CatalogReader reader) {
    in.onlyFields(METRIC_FIELDS);
    Metric metric = in.field("metric").enumValue(Metric.class);
    Input windowIn = in.field("windowMonths");
    Integer window = windowIn.integer();
    if (window != null && window < 1) {
      windowIn.problem(ProblemCode.INVALID_VALUE, "window must be 1 month or more (got " + window + ")");
      window = null;
    }
    if (metric == Metric.NEW_CUSTOMERS && !windowIn.present()) {
      windowIn.problem(ProblemCode.REQUIRED, "NEW_CUSTOMERS counts customers inside a window: give windowMonths");
    }
    List<MarketThreshold> thresholds = new ArrayList<>();
    Set<String> markets = new HashSet<>();
    boolean complete = true;
    for (Input element : in.field("thresholds").nonEmptyList()) {
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
    if (metric == null || !complete || thresholds.isEmpty() || (windowIn.present() && window == null)
        || (metric == Metric.NEW_CUSTOMERS && window == null)) {
      return null;
    }
    return new MetricThreshold(metric, window, thresholds);
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
    return out;
  }

  private static Map<String, Object> metric(MetricThreshold metric, CatalogWriter writer) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("metric", metric.metric().name());
    CatalogWriter.putIfPresent(out, "windowMonths", metric.windowMonths());
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
