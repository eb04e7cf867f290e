package io.competency.evaluation;

import io.competency.catalog.SkillRequirement;
import java.util.List;
import java.util.Objects;

/**
 * The verdict on a skill requirement, met when every role is. {@code qualifiedIndividuals} lists each
 * counted person with the role and path they fill, in input order; {@code roles} has each role's count.
 * With a single role, {@code actual} is the number of people who qualify. With several, it counts the
 * people assigned to roles, but while some role is short only up to each role's need, so that
 * {@code shortfall} is the number of people still missing.
 */
public record SkillResult(
    SkillRequirement requirement,
    boolean met,
    int required,
    int actual,
    List<QualifiedIndividual> qualifiedIndividuals,
    List<SkillRoleResult> roles) implements RequirementResult {

  public SkillResult {
    Objects.requireNonNull(requirement, "requirement");
    qualifiedIndividuals = List.copyOf(qualifiedIndividuals);
    roles = List.copyOf(roles);
  }

  /** A result of a single-role requirement. */
  public SkillResult(SkillRequirement requirement, boolean met, int required, int actual,
      List<QualifiedIndividual> qualifiedIndividuals) {
    this(requirement, met, required, actual, qualifiedIndividuals, List.of(new SkillRoleResult(0, met, required, actual)));
  }

  @Override
  public int shortfall() {
    return Math.max(0, required - actual);
  }
}
