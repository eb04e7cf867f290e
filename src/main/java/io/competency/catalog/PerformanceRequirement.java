package io.competency.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Metric thresholds that must all be met, plus the partner authorizations the step demands. Metrics
 * count the facts of eligible workloads (a metric may name its own), leaving out trials when
 * {@code excludesTrials}, at customers with one of the {@code qualifyingAssociations} (an empty list:
 * no association is needed).
 */
public record PerformanceRequirement(
    TierPath tier,
    int position,
    Translations title,
    List<Translations> notes,
    List<MetricThreshold> metrics,
    List<String> eligibleWorkloads,
    boolean excludesTrials,
    List<String> qualifyingAssociations,
    List<String> requiredAuthorizations) implements Requirement {

  public PerformanceRequirement {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(title, "title");
    notes = List.copyOf(notes);
    metrics = List.copyOf(metrics);
    eligibleWorkloads = List.copyOf(eligibleWorkloads);
    qualifyingAssociations = List.copyOf(qualifyingAssociations);
    requiredAuthorizations = List.copyOf(requiredAuthorizations);
  }

  /** A requirement that demands no authorization. */
  public PerformanceRequirement(TierPath tier, int position, Translations title, List<Translations> notes,
      List<MetricThreshold> metrics, List<String> eligibleWorkloads, boolean excludesTrials, List<String> qualifyingAssociations) {
    this(tier, position, title, notes, metrics, eligibleWorkloads, excludesTrials, qualifyingAssociations, List.of());
  }

  /** Every workload code the requirement or one of its metrics names. */
  public List<String> allWorkloads() {
    List<String> out = new ArrayList<>(eligibleWorkloads);
    metrics.forEach(m -> m.eligibleWorkloads().stream().filter(w -> !out.contains(w)).forEach(out::add));
    return out;
  }

  @Override
  public List<Translations> texts() {
    List<Translations> out = Requirement.titleAndNotes(title, notes);
    metrics.forEach(m -> m.thresholds().forEach(t -> out.add(t.description())));
    return out;
  }

  @Override
  public PerformanceRequirement withText(Translations newTitle, List<Translations> newNotes) {
    return new PerformanceRequirement(tier, position, newTitle, newNotes, metrics, eligibleWorkloads, excludesTrials,
        qualifyingAssociations, requiredAuthorizations);
  }
}
