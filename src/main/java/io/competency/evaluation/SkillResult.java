package io.competency.evaluation;

import io.competency.catalog.SkillRequirement;
import java.util.List;
import java.util.Objects;

/** The verdict on a skill requirement: {@code actual} distinct individuals qualified, {@code required} needed. */
public record SkillResult(
    SkillRequirement requirement,
    boolean met,
    int required,
    int actual,
    List<QualifiedIndividual> qualifiedIndividuals) implements RequirementResult {

  public SkillResult {
    Objects.requireNonNull(requirement, "requirement");
    qualifiedIndividuals = List.copyOf(qualifiedIndividuals);
  }

  @Override
  public int shortfall() {
    return Math.max(0, required - actual);
  }
}
