package io.competency.evaluation.plan;

import java.util.List;
import java.util.Objects;

/**
 * What one skill requirement asks for, as the planner sees it.
 *
 * @param roles the roles, in catalog order; a plan refers to them by index
 * @param distinctPeople {@code true} (the catalog's rule): a person fills at most one slot across all roles;
 *     {@code false}: each role is planned on its own and one person may fill a slot in several roles
 */
public record SkillDemand(List<RoleDemand> roles, boolean distinctPeople) {
  public SkillDemand {
    Objects.requireNonNull(roles, "roles");
    roles = List.copyOf(roles);
  }

  /** Roles filled by distinct people, as every skill requirement of the catalog demands. */
  public static SkillDemand of(RoleDemand... roles) {
    return new SkillDemand(List.of(roles), true);
  }

  /** The number of slots over all roles. */
  public int slots() {
    return roles.stream().mapToInt(RoleDemand::slots).sum();
  }
}
