package io.competency.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Metric thresholds that must all be met, counted over the deployments of eligible workloads
 * (trials excluded when {@code excludesTrials}) at customers with a qualifying association.
 */
public record PerformanceRequirement(
    TierPath tier,
    int position,
    Translations title,
    List<Translations> notes,
    List<MetricThreshold> metrics,
    List<String> eligibleWorkloads,
    boolean excludesTrials,
    List<String> qualifyingAssociations) implements Requirement {

  public PerformanceRequirement {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(title, "title");
    notes = List.copyOf(notes);
    metrics = List.copyOf(metrics);
    eligibleWorkloads = List.copyOf(eligibleWorkloads);
    qualifyingAssociations = List.copyOf(qualifyingAssociations);
  }

  @Override
  public List<Translations> texts() {
    List<Translations> out = new ArrayList<>();
    out.add(title);
    out.addAll(notes);
    metrics.forEach(m -> m.thresholds().forEach(t -> out.add(t.description())));
    return out;
  }

  @Override
  public PerformanceRequirement withText(Translations newTitle, List<Translations> newNotes) {
    return new PerformanceRequirement(tier, position, newTitle, newNotes, metrics, eligibleWorkloads, excludesTrials, qualifyingAssociations);
  }
}
