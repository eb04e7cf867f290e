package io.competency.evaluation.plan;

import static io.competency.evaluation.plan.Plans.path;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Demands that no plan could meet are faults of the caller, refused when built. */
class DemandsAreCheckedWhenBuiltTest {

  @Test
  void aChoiceNeedsACode() {
    assertThrows(IllegalArgumentException.class, () -> new Choice(List.of()));
  }

  @Test
  void aRoleNeedsAPath() {
    assertThrows(IllegalArgumentException.class, () -> new RoleDemand(1, List.of()));
  }

  @Test
  void aRoleCannotNeedFewerThanNoPeople() {
    assertThrows(IllegalArgumentException.class, () -> RoleDemand.of(-1, path("A")));
  }

  @Test
  void newcomersAreNumberedFromOne() {
    assertThrows(IllegalArgumentException.class, () -> new Assignee.Newcomer(0));
  }

  @Test
  void nothingIsNull() {
    assertThrows(NullPointerException.class, () -> CredentialPlanner.plan(null, List.of()));
    assertThrows(NullPointerException.class, () -> CredentialPlanner.plan(SkillDemand.of(), null));
    assertThrows(NullPointerException.class, () -> new Individual(null, List.of()));
  }
}
