package io.competency.evaluation;

import io.competency.catalog.CredentialChoice;
import io.competency.catalog.MarketThreshold;
import io.competency.catalog.Metric;
import io.competency.catalog.MetricThreshold;
import io.competency.catalog.Option;
import io.competency.catalog.PerformanceRequirement;
import io.competency.catalog.QualificationPath;
import io.competency.catalog.Requirement;
import io.competency.catalog.SkillRequirement;
import io.competency.catalog.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Runs a partner's data against every tier of an option. Pure and generic: it knows nothing of any
 * particular competency, takes any number of tiers and any number of metrics per performance
 * requirement, and reads each deployment once per performance requirement and each individual once per
 * skill requirement, looking codes up in hash sets.
 *
 * <p>Performance requirements. A deployment counts when its workload is eligible, it is not a trial
 * (if the requirement excludes trials) and its customer has at least one qualifying association;
 * otherwise it is excluded with the first of {@link ExclusionReason#INELIGIBLE_WORKLOAD},
 * {@link ExclusionReason#TRIAL}, {@link ExclusionReason#NO_QUALIFYING_ASSOCIATION} that applies. Then:
 * <ul>
 *   <li>{@link Metric#ACTIVE_ENTITLEMENTS} is the sum of active users over counted deployments (a user
 *       active on two workloads counts twice), summed in a {@code long} and reported clamped to
 *       {@link Integer#MAX_VALUE}. Its {@code windowMonths}, if any, is not used.</li>
 *   <li>{@link Metric#NEW_CUSTOMERS} is the number of distinct customers with at least one counted
 *       deployment whose {@code since} lies in the window of {@code w = windowMonths} months before
 *       {@code asOf}, both ends included: {@code asOf.minusMonths(w) <= since <= asOf}. Without a window
 *       any {@code since} up to {@code asOf} counts. A customer with counted deployments but no
 *       {@code since}, or one outside the window, is reported once per counted deployment with
 *       {@link ExclusionReason#OUTSIDE_WINDOW}, so clients see which customer and workload fell out;
 *       those deployments still count toward the requirement's other metrics.</li>
 *   <li>The required value is the threshold for the market, else the all-markets threshold. When
 *       neither exists the metric does not apply in that market: required 0, so it is met; the
 *       actual count is still reported.</li>
 * </ul>
 * A performance requirement is met when all its metrics are.
 *
 * <p>Skill requirements. An individual qualifies when some path has every choice satisfied by the
 * credentials they hold (a choice is satisfied by any one of its codes); each individual id counts once,
 * whichever path, and is reported with the index of the first path they satisfy.
 *
 * <p>Tiers. A tier is met when all its requirements are; see {@link EvaluationResult} for the achieved
 * and next tier.
 */
public final class Evaluator {

  /**
   * Judges every tier of {@code option} for a partner in {@code market} as of {@code asOf}. The input is
   * taken as given (codes are not checked against a catalog: unknown ones simply never match); read
   * untrusted input with {@link EvaluationRequestReader} first.
   */
  public EvaluationResult evaluate(Option option, String market, LocalDate asOf, List<CustomerData> customers,
      List<IndividualData> individuals) {
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(market, "market");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(customers, "customers");
    Objects.requireNonNull(individuals, "individuals");
    List<Set<String>> held = individuals.stream().<Set<String>>map(i -> new HashSet<>(i.credentials())).toList();
    List<TierResult> tiers = new ArrayList<>();
    for (Tier tier : option.tiers()) {
      List<RequirementResult> results = new ArrayList<>();
      for (Requirement requirement : tier.requirements()) {
        results.add(requirement instanceof PerformanceRequirement performance
            ? performance(performance, market, asOf, customers)
            : skill((SkillRequirement) requirement, individuals, held));
      }
      tiers.add(new TierResult(tier, results.stream().allMatch(RequirementResult::met), results));
    }
    return verdict(market, asOf, tiers);
  }

  private static EvaluationResult verdict(String market, LocalDate asOf, List<TierResult> tiers) {
    int achieved = -1;
    for (int i = 0; i < tiers.size(); i++) {
      if (tiers.get(i).met()) {
        achieved = i;
      }
    }
    Tier next = null;
    for (int i = achieved + 1; i < tiers.size() && next == null; i++) {
      next = tiers.get(i).met() ? null : tiers.get(i).tier();
    }
    return new EvaluationResult(market, asOf, tiers, achieved < 0 ? null : tiers.get(achieved).tier(), next);
  }

  private static PerformanceResult performance(PerformanceRequirement requirement, String market, LocalDate asOf,
      List<CustomerData> customers) {
    Tally tally = new Tally(requirement, asOf);
    customers.forEach(tally::add);
    List<MetricResult> metrics = new ArrayList<>();
    for (MetricThreshold metric : requirement.metrics()) {
      metrics.add(metric(metric, market, tally));
    }
    return new PerformanceResult(requirement, metrics.stream().allMatch(MetricResult::met), metrics, tally.excluded);
  }

  private static MetricResult metric(MetricThreshold metric, String market, Tally tally) {
    MarketThreshold threshold = metric.thresholdFor(market);
    long actual = switch (metric.metric()) {
      case ACTIVE_ENTITLEMENTS -> tally.activeUsers;
      case NEW_CUSTOMERS -> tally.newCustomers.size();
    };
    int required = threshold == null ? 0 : threshold.value();
    return MetricResult.of(metric.metric(), required, (int) Math.min(actual, Integer.MAX_VALUE));
  }

  private static SkillResult skill(SkillRequirement requirement, List<IndividualData> individuals, List<Set<String>> held) {
    Set<String> counted = new HashSet<>();
    List<QualifiedIndividual> qualified = new ArrayList<>();
    for (int i = 0; i < individuals.size(); i++) {
      String id = individuals.get(i).id();
      int path = firstSatisfiedPath(requirement.paths(), held.get(i));
      if (path >= 0 && counted.add(id)) {
        qualified.add(new QualifiedIndividual(id, path));
      }
    }
    int required = requirement.individuals();
    return new SkillResult(requirement, qualified.size() >= required, required, qualified.size(), qualified);
  }

  private static int firstSatisfiedPath(List<QualificationPath> paths, Set<String> held) {
    for (int p = 0; p < paths.size(); p++) {
      if (paths.get(p).choices().stream().allMatch(choice -> satisfied(choice, held))) {
        return p;
      }
    }
    return -1;
  }

  private static boolean satisfied(CredentialChoice choice, Set<String> held) {
    return choice.anyOf().stream().anyMatch(held::contains);
  }

  /** The counts of one performance requirement, built in one pass over the customers and their deployments. */
  private static final class Tally {
    private final PerformanceRequirement requirement;
    private final Set<String> workloads;
    private final Set<String> associations;
    private final List<Integer> windows = new ArrayList<>();
    private final LocalDate asOf;
    private final List<ExcludedDeployment> excluded = new ArrayList<>();
    private final Set<String> newCustomers = new HashSet<>();
    private final List<DeploymentData> countedAtCustomer = new ArrayList<>();
    private long activeUsers;

    Tally(PerformanceRequirement requirement, LocalDate asOf) {
      this.requirement = requirement;
      this.workloads = new HashSet<>(requirement.eligibleWorkloads());
      this.associations = new HashSet<>(requirement.qualifyingAssociations());
      this.asOf = asOf;
      requirement.metrics().stream().filter(m -> m.metric() == Metric.NEW_CUSTOMERS).forEach(m -> windows.add(m.windowMonths()));
    }

    void add(CustomerData customer) {
      boolean qualifying = customer.associations().stream().anyMatch(associations::contains);
      countedAtCustomer.clear();
      for (DeploymentData deployment : customer.deployments()) {
        ExclusionReason reason = exclusion(deployment, qualifying);
        if (reason != null) {
          exclude(customer, deployment, reason);
          continue;
        }
        activeUsers += deployment.activeUsers();
        countedAtCustomer.add(deployment);
      }
      if (countedAtCustomer.isEmpty() || windows.isEmpty()) {
        return;
      }
      if (windows.stream().allMatch(window -> withinWindow(customer.since(), window))) {
        newCustomers.add(customer.id());
        return;
      }
      countedAtCustomer.forEach(deployment -> exclude(customer, deployment, ExclusionReason.OUTSIDE_WINDOW));
    }

    private ExclusionReason exclusion(DeploymentData deployment, boolean qualifying) {
      if (!workloads.contains(deployment.workload())) {
        return ExclusionReason.INELIGIBLE_WORKLOAD;
      }
      if (deployment.trial() && requirement.excludesTrials()) {
        return ExclusionReason.TRIAL;
      }
      return qualifying ? null : ExclusionReason.NO_QUALIFYING_ASSOCIATION;
    }

    private boolean withinWindow(LocalDate since, Integer windowMonths) {
      if (since == null || since.isAfter(asOf)) {
        return false;
      }
      return windowMonths == null || !since.isBefore(asOf.minusMonths(windowMonths));
    }

    private void exclude(CustomerData customer, DeploymentData deployment, ExclusionReason reason) {
      excluded.add(new ExcludedDeployment(customer.id(), deployment.workload(), deployment.activeUsers(), reason));
    }
  }
}
