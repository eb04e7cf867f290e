package io.competency.evaluation;

import io.competency.catalog.CredentialChoice;
import io.competency.catalog.PerformanceRequirement;
import io.competency.catalog.QualificationPath;
import io.competency.catalog.SkillRequirement;
import io.competency.catalog.SkillRole;
import io.competency.evaluation.plan.Assignee;
import io.competency.evaluation.plan.Choice;
import io.competency.evaluation.plan.CredentialPath;
import io.competency.evaluation.plan.CredentialPlan;
import io.competency.evaluation.plan.CredentialPlanner;
import io.competency.evaluation.plan.PlannedSlot;
import io.competency.evaluation.plan.RoleDemand;
import io.competency.evaluation.plan.SkillDemand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A smallest plan that makes a tier met: its steps, requirement by requirement in the tier's order.
 * <ul>
 *   <li>A performance requirement that is not met: one {@link NextStepKind#RAISE_METRIC} per metric not
 *       met, in the requirement's order, for exactly the shortfall (in whole US dollars for money: the
 *       fewest whole dollars that lift the exact sum to the threshold); then one
 *       {@link NextStepKind#GAIN_AUTHORIZATION} per missing authorization.</li>
 *   <li>A skill requirement that is not met: the plan of {@link CredentialPlanner} for its roles and the
 *       partner's people, a minimum-cost assignment of people (or new people) to the role slots, each
 *       person costing the fewest choices they still miss on a path of the role; one
 *       {@link NextStepKind#EARN_CREDENTIAL} per missing choice, slot by slot in the plan's order (role
 *       order; within a role, people in input order, then new people), choices in path order.</li>
 * </ul>
 * Met requirements need nothing. Each skill requirement is planned on its own, as the engine counts
 * it: different requirements of a tier may count the same person, so new people are numbered from 1
 * in each requirement, and new person 1 of two requirements may be one and the same person. Planned
 * apart, two skill requirements of one tier whose paths share a credential could each ask for it where
 * one person earning it once would serve both; no tier of the bundled catalog has two skill
 * requirements, so there the plan is the smallest for the whole tier. The plan is deterministic: the
 * same result and people give the same steps.
 */
public final class NextSteps {
  private NextSteps() {
  }

  /** The steps that make {@code tier} met for the partner {@code index} lays out; empty when it is met. */
  static List<NextStep> toMeet(TierResult tier, PartnerIndex index) {
    List<NextStep> steps = new ArrayList<>();
    for (RequirementResult result : tier.requirements()) {
      if (result.met()) {
        continue;
      }
      if (result instanceof PerformanceResult performance) {
        performanceSteps(performance, steps);
      } else {
        skillSteps((SkillResult) result, index, steps);
      }
    }
    return steps;
  }

  /**
   * The plan to meet {@code tier} made from its results alone, for evaluations stored before their plan
   * was: the people a skill result counted hold (at least) one credential of each choice of the path they
   * fill, and are taken to hold just that; people it did not count were not kept, so the plan adds new
   * people where someone partly qualified might have sufficed. Metric and authorization steps are exact.
   */
  public static List<NextStep> fromResults(TierResult tier) {
    Map<String, List<String>> known = new LinkedHashMap<>();
    for (RequirementResult result : tier.requirements()) {
      if (result instanceof SkillResult skill) {
        for (QualifiedIndividual person : skill.qualifiedIndividuals()) {
          QualificationPath path = skill.requirement().roles().get(person.role()).paths().get(person.path());
          List<String> held = known.computeIfAbsent(person.id(), id -> new ArrayList<>());
          path.choices().forEach(choice -> held.add(choice.anyOf().get(0)));
        }
      }
    }
    List<IndividualData> people = known.entrySet().stream().map(e -> new IndividualData(e.getKey(), e.getValue())).toList();
    return toMeet(tier, PartnerIndex.of(new PartnerData(List.of(), people)));
  }

  private static void performanceSteps(PerformanceResult result, List<NextStep> steps) {
    PerformanceRequirement requirement = result.requirement();
    for (MetricResult metric : result.metrics()) {
      if (!metric.met()) {
        steps.add(NextStep.raise(requirement, metric.metric(), metric.shortfall()));
      }
    }
    result.missingAuthorizations().forEach(code -> steps.add(NextStep.gain(requirement, code)));
  }

  private static void skillSteps(SkillResult result, PartnerIndex index, List<NextStep> steps) {
    SkillRequirement requirement = result.requirement();
    CredentialPlan plan = CredentialPlanner.plan(demand(requirement), index.people());
    for (PlannedSlot slot : plan.gaps()) {
      for (Choice choice : slot.missing()) {
        steps.add(slot.assignee() instanceof Assignee.Existing person
            ? NextStep.earn(requirement, person.id(), slot.role(), slot.path(), choice.anyOf())
            : NextStep.earnNew(requirement, ((Assignee.Newcomer) slot.assignee()).number(), slot.role(), slot.path(), choice.anyOf()));
      }
    }
  }

  /** A skill requirement as the planner reads it. */
  static SkillDemand demand(SkillRequirement requirement) {
    List<RoleDemand> roles = new ArrayList<>();
    for (SkillRole role : requirement.roles()) {
      List<CredentialPath> paths = new ArrayList<>();
      for (QualificationPath path : role.paths()) {
        paths.add(new CredentialPath(path.choices().stream().map(CredentialChoice::anyOf).map(Choice::new).toList()));
      }
      roles.add(new RoleDemand(role.individuals(), paths));
    }
    return new SkillDemand(roles, requirement.distinctPeople());
  }
}
