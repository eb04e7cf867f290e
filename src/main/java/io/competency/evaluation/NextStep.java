package io.competency.evaluation;

import io.competency.catalog.Metric;
import io.competency.catalog.MetricUnit;
import io.competency.catalog.PerformanceRequirement;
import io.competency.catalog.Requirement;
import io.competency.catalog.SkillRequirement;
import java.util.List;
import java.util.Objects;

/**
 * One step of a plan that makes an evaluation's next tier met (see {@link NextSteps}). Which fields are
 * set depends on the kind:
 * <ul>
 *   <li>{@link NextStepKind#RAISE_METRIC}: {@code metric} and {@code amount}, the shortfall in the metric's
 *       unit (whole US dollars for money);</li>
 *   <li>{@link NextStepKind#GAIN_AUTHORIZATION}: {@code authorization}, a code;</li>
 *   <li>{@link NextStepKind#EARN_CREDENTIAL}: the person, either {@code individualId} (someone in the
 *       input) or {@code newIndividual} (someone the partner does not have yet, numbered from 1 within the
 *       requirement), the 0-based {@code role} and {@code path} the plan has them fill, and {@code anyOf},
 *       the credential codes of which they must earn one.</li>
 * </ul>
 * The other fields are null ({@code anyOf} empty).
 */
public record NextStep(
    Requirement requirement,
    NextStepKind kind,
    Metric metric,
    Integer amount,
    String authorization,
    String individualId,
    Integer newIndividual,
    Integer role,
    Integer path,
    List<String> anyOf) {

  public NextStep {
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(kind, "kind");
    anyOf = List.copyOf(anyOf);
    boolean consistent = switch (kind) {
      case RAISE_METRIC -> metric != null && amount != null && amount > 0 && requirement instanceof PerformanceRequirement;
      case GAIN_AUTHORIZATION -> authorization != null && requirement instanceof PerformanceRequirement;
      case EARN_CREDENTIAL -> (individualId == null) != (newIndividual == null) && role != null && path != null
          && !anyOf.isEmpty() && requirement instanceof SkillRequirement;
    };
    if (!consistent) {
      throw new IllegalArgumentException("an inconsistent " + kind + " step: metric " + metric + ", amount " + amount
          + ", authorization " + authorization + ", individual " + individualId + "/" + newIndividual + ", anyOf " + anyOf);
    }
  }

  /** Count {@code amount} more of {@code metric} toward {@code requirement}. */
  public static NextStep raise(PerformanceRequirement requirement, Metric metric, int amount) {
    return new NextStep(requirement, NextStepKind.RAISE_METRIC, metric, amount, null, null, null, null, null, List.of());
  }

  /** Obtain {@code authorization} (a code) for {@code requirement}. */
  public static NextStep gain(PerformanceRequirement requirement, String authorization) {
    return new NextStep(requirement, NextStepKind.GAIN_AUTHORIZATION, null, null, authorization, null, null, null, null, List.of());
  }

  /** The person of the input with this id earns one of {@code anyOf}, to fill {@code role} by {@code path}. */
  public static NextStep earn(SkillRequirement requirement, String individualId, int role, int path, List<String> anyOf) {
    return new NextStep(requirement, NextStepKind.EARN_CREDENTIAL, null, null, null, individualId, null, role, path, anyOf);
  }

  /** New person number {@code newIndividual} earns one of {@code anyOf}, to fill {@code role} by {@code path}. */
  public static NextStep earnNew(SkillRequirement requirement, int newIndividual, int role, int path, List<String> anyOf) {
    return new NextStep(requirement, NextStepKind.EARN_CREDENTIAL, null, null, null, null, newIndividual, role, path, anyOf);
  }

  /** The unit of {@code amount}; null unless this step raises a metric. */
  public MetricUnit unit() {
    return metric == null ? null : metric.unit();
  }
}
