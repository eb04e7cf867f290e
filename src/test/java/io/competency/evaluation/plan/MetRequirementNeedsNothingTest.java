package io.competency.evaluation.plan;

import static io.competency.evaluation.plan.Plans.distinct;
import static io.competency.evaluation.plan.Plans.path;
import static io.competency.evaluation.plan.Plans.person;
import static io.competency.evaluation.plan.Plans.role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A plan for a requirement already met has no steps, yet still says who fills which slot. */
class MetRequirementNeedsNothingTest {

  @Test
  void aMetRequirementHasNoGapsButKeepsItsAssignment() {
    SkillDemand demand = distinct(role(1, path("70-346", "70-347"), path("MCSA-OFFICE-365")), role(1, path("X")));
    List<Individual> people = List.of(person("ann", "X"), person("bob", "MCSA-OFFICE-365"));

    CredentialPlan plan = CredentialPlanner.plan(demand, people);

    assertTrue(plan.met());
    assertEquals(List.of(), plan.gaps());
    assertEquals(0, plan.cost());
    assertEquals(List.of("r0 bob p1", "r1 ann p0"), Plans.describe(plan));
  }

  @Test
  void aDemandOfNoSlotsIsAnEmptyPlan() {
    CredentialPlan plan = CredentialPlanner.plan(distinct(role(0, path("A"))), List.of(person("ann")));

    assertTrue(plan.met());
    assertEquals(List.of(), plan.slots());
  }

  @Test
  void aPathWithoutChoicesIsMetByAnyone() {
    CredentialPlan plan = CredentialPlanner.plan(distinct(role(1, path("A"), path())), List.of(person("ann")));

    assertEquals(List.of("r0 ann p1"), Plans.describe(plan));
    assertTrue(plan.met());
  }

  @Test
  void gapsAreTheSlotsThatStillMissSomething() {
    SkillDemand demand = distinct(role(3, path("A")));
    CredentialPlan plan = CredentialPlanner.plan(demand, List.of(person("ann", "A"), person("bob")));

    assertFalse(plan.met());
    assertEquals(List.of("r0 bob p0 A", "r0 new1 p0 A"), plan.gaps().stream().map(Plans::describe).toList());
    assertEquals(2, plan.cost());
  }

  @Test
  void aNewcomerWhoNeedsNothingStillMeansTheRequirementIsNotMet() {
    CredentialPlan plan = CredentialPlanner.plan(distinct(role(1, path())), List.of());

    assertEquals(List.of("r0 new1 p0"), Plans.describe(plan));
    assertEquals(0, plan.cost());
    assertFalse(plan.met());
  }
}
