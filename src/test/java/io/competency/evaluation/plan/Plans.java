package io.competency.evaluation.plan;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Short ways to write demands and people, and plans as one line per slot, for tables of cases. */
final class Plans {
  private Plans() {
  }

  /** A path written as its choices, each choice as its codes joined by {@code |}: {@code path("A", "B|C")}. */
  static CredentialPath path(String... choices) {
    return new CredentialPath(Arrays.stream(choices).map(choice -> new Choice(List.of(choice.split("\\|")))).toList());
  }

  static RoleDemand role(int slots, CredentialPath... paths) {
    return RoleDemand.of(slots, paths);
  }

  static Individual person(String id, String... codes) {
    return Individual.of(id, codes);
  }

  static SkillDemand distinct(RoleDemand... roles) {
    return SkillDemand.of(roles);
  }

  static SkillDemand shared(RoleDemand... roles) {
    return new SkillDemand(List.of(roles), false);
  }

  /** The plan's slots, each as {@code r<role> <person> p<path>} followed by the missing choices. */
  static List<String> plan(SkillDemand demand, Individual... people) {
    return describe(CredentialPlanner.plan(demand, List.of(people)));
  }

  static List<String> describe(CredentialPlan plan) {
    return plan.slots().stream().map(Plans::describe).toList();
  }

  /** {@code r1 ann p0 B C|D}: ann fills a slot of role 1 by path 0 and still misses B, and C or D. */
  static String describe(PlannedSlot slot) {
    String who = slot.assignee() instanceof Assignee.Existing existing
        ? existing.id()
        : "new" + ((Assignee.Newcomer) slot.assignee()).number();
    String missing = slot.missing().stream()
        .map(choice -> " " + String.join("|", choice.anyOf()))
        .collect(Collectors.joining());
    return "r" + slot.role() + " " + who + " p" + slot.path() + missing;
  }
}
