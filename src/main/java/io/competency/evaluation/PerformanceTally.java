package io.competency.evaluation;

import io.competency.catalog.MarketThreshold;
import io.competency.catalog.Metric;
import io.competency.catalog.MetricThreshold;
import io.competency.catalog.MetricUnit;
import io.competency.catalog.PerformanceRequirement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The counts of one performance requirement, made in one pass over the partner's customers (their
 * deployments and revenue lines) and shipments. Each metric counts the facts of its own kind
 * ({@link Metric#facts()}) that pass its checks, in this order: eligible workload (the metric's own
 * list, else the requirement's), not a trial (deployments, when trials are excluded), a qualifying
 * association at the customer (when the requirement names any), and a date inside the metric's window
 * (a deployment is dated by its {@code since}, else its customer's). A customer is new when one of its
 * deployments passes all of them for a {@code NEW_CUSTOMERS} metric.
 *
 * <p>A deployment or revenue line that some metric reading it did not count is listed once, with the
 * first reason in {@link ExclusionReason}'s order among those metrics; per customer, deployments left
 * out for what they are come before those left out for their dates. A revenue line of a type no metric
 * of the requirement sums is not listed. Money is summed exactly, as {@link BigDecimal}.
 */
final class PerformanceTally {
  private final PerformanceRequirement requirement;
  private final Set<String> associations;
  private final List<Count> deploymentCounts = new ArrayList<>();
  private final List<Count> revenueCounts = new ArrayList<>();
  private final List<Count> shipmentCounts = new ArrayList<>();
  private final List<Count> all = new ArrayList<>();
  private final List<ExcludedDeployment> excludedDeployments = new ArrayList<>();
  private final List<ExcludedRevenue> excludedRevenue = new ArrayList<>();
  private ExclusionReason[] reasons = new ExclusionReason[16];

  /** One metric's running count. */
  private static final class Count {
    final MetricThreshold threshold;
    final Metric metric;
    final Set<String> workloads;
    final Window window;
    long count;
    BigDecimal amount = BigDecimal.ZERO;
    boolean newHere;

    Count(MetricThreshold threshold, List<String> requirementWorkloads, LocalDate asOf) {
      this.threshold = threshold;
      this.metric = threshold.metric();
      this.workloads = new HashSet<>(threshold.workloadsOr(requirementWorkloads));
      this.window = metric == Metric.NEW_CUSTOMERS && threshold.windowMonths() == null
          ? Window.until(asOf) : Window.of(threshold.windowMonths(), asOf);
    }
  }

  private PerformanceTally(PerformanceRequirement requirement, LocalDate asOf) {
    this.requirement = requirement;
    this.associations = new HashSet<>(requirement.qualifyingAssociations());
    for (MetricThreshold threshold : requirement.metrics()) {
      Count count = new Count(threshold, requirement.eligibleWorkloads(), asOf);
      all.add(count);
      switch (threshold.metric().facts()) {
        case DEPLOYMENTS -> deploymentCounts.add(count);
        case REVENUE -> revenueCounts.add(count);
        case SHIPMENTS -> shipmentCounts.add(count);
      }
    }
  }

  /** The verdict on {@code requirement} for {@code partner}, whose authorizations are {@code held}. */
  static PerformanceResult judge(PerformanceRequirement requirement, String market, LocalDate asOf, PartnerData partner,
      Set<String> held) {
    PerformanceTally tally = new PerformanceTally(requirement, asOf);
    if (!tally.deploymentCounts.isEmpty() || !tally.revenueCounts.isEmpty()) {
      partner.customers().forEach(tally::add);
    }
    if (!tally.shipmentCounts.isEmpty()) {
      partner.shipments().forEach(tally::add);
    }
    List<MetricResult> metrics = tally.all.stream().map(count -> result(count, market)).toList();
    List<String> missing = requirement.requiredAuthorizations().stream().filter(a -> !held.contains(a)).toList();
    boolean met = missing.isEmpty() && metrics.stream().allMatch(MetricResult::met);
    return new PerformanceResult(requirement, met, metrics, tally.excludedDeployments, tally.excludedRevenue, missing);
  }

  private static MetricResult result(Count count, String market) {
    MarketThreshold threshold = count.threshold.thresholdFor(market);
    int required = threshold == null ? 0 : threshold.value();
    return count.metric.unit() == MetricUnit.USD
        ? MetricResult.of(count.metric, required, count.amount)
        : MetricResult.of(count.metric, required, (int) Math.min(count.count, Integer.MAX_VALUE));
  }

  private void add(CustomerData customer) {
    boolean qualifying = associations.isEmpty() || holdsOneOf(customer.associations());
    if (!deploymentCounts.isEmpty() && !customer.deployments().isEmpty()) {
      addDeployments(customer, qualifying);
    }
    if (!revenueCounts.isEmpty()) {
      customer.revenue().forEach(line -> addRevenue(customer, line, qualifying));
    }
  }

  private boolean holdsOneOf(List<String> customerAssociations) {
    for (String association : customerAssociations) {
      if (associations.contains(association)) {
        return true;
      }
    }
    return false;
  }

  private void addDeployments(CustomerData customer, boolean qualifying) {
    List<DeploymentData> deployments = customer.deployments();
    int metrics = deploymentCounts.size();
    if (reasons.length < deployments.size() * metrics) {
      reasons = new ExclusionReason[deployments.size() * metrics * 2];
    }
    deploymentCounts.forEach(count -> count.newHere = false);
    for (int d = 0; d < deployments.size(); d++) {
      DeploymentData deployment = deployments.get(d);
      LocalDate date = deployment.since() != null ? deployment.since() : customer.since();
      for (int m = 0; m < metrics; m++) {
        Count count = deploymentCounts.get(m);
        ExclusionReason reason = deploymentExclusion(count, deployment, qualifying);
        if (reason == null) {
          reason = count.window.exclusion(date);
          if (reason == null && count.metric == Metric.NEW_CUSTOMERS) {
            count.newHere = true;
          } else if (reason == null) {
            count.count += deployment.activeUsers();
          }
        }
        reasons[d * metrics + m] = reason;
      }
    }
    for (Count count : deploymentCounts) {
      if (count.newHere) {
        count.count++;
      }
    }
    listExcludedDeployments(customer, false);
    listExcludedDeployments(customer, true);
  }

  private ExclusionReason deploymentExclusion(Count count, DeploymentData deployment, boolean qualifying) {
    if (!count.workloads.contains(deployment.workload())) {
      return ExclusionReason.INELIGIBLE_WORKLOAD;
    }
    if (deployment.trial() && requirement.excludesTrials()) {
      return ExclusionReason.TRIAL;
    }
    return qualifying ? null : ExclusionReason.NO_QUALIFYING_ASSOCIATION;
  }

  /** Lists the customer's deployments left out for what they are, or ({@code dates}) for their dates. */
  private void listExcludedDeployments(CustomerData customer, boolean dates) {
    List<DeploymentData> deployments = customer.deployments();
    int metrics = deploymentCounts.size();
    for (int d = 0; d < deployments.size(); d++) {
      ExclusionReason first = null;
      for (int m = 0; m < metrics; m++) {
        ExclusionReason reason = reasons[d * metrics + m];
        boolean counted = reason == null || (deploymentCounts.get(m).newHere && isDateReason(reason));
        if (!counted && (first == null || reason.compareTo(first) < 0)) {
          first = reason;
        }
      }
      if (first != null && isDateReason(first) == dates) {
        DeploymentData deployment = deployments.get(d);
        excludedDeployments.add(new ExcludedDeployment(customer.id(), deployment.workload(), deployment.activeUsers(), first));
      }
    }
  }

  private static boolean isDateReason(ExclusionReason reason) {
    return reason == ExclusionReason.MISSING_DATE || reason == ExclusionReason.OUTSIDE_WINDOW;
  }

  private void addRevenue(CustomerData customer, RevenueData line, boolean qualifying) {
    ExclusionReason first = null;
    for (Count count : revenueCounts) {
      if (!line.type().countsToward(count.metric)) {
        continue;
      }
      ExclusionReason reason = !count.workloads.contains(line.workload()) ? ExclusionReason.INELIGIBLE_WORKLOAD
          : !qualifying ? ExclusionReason.NO_QUALIFYING_ASSOCIATION
          : count.window.exclusion(line.date());
      if (reason == null) {
        count.amount = count.amount.add(line.amountUsd());
      } else if (first == null || reason.compareTo(first) < 0) {
        first = reason;
      }
    }
    if (first != null) {
      excludedRevenue.add(new ExcludedRevenue(customer.id(), line.workload(), line.date(), line.amountUsd(), line.type(), first));
    }
  }

  private void add(ShipmentData shipment) {
    for (Count count : shipmentCounts) {
      if (count.workloads.contains(shipment.workload()) && count.window.exclusion(shipment.date()) == null) {
        count.count += shipment.units();
      }
    }
  }
}
