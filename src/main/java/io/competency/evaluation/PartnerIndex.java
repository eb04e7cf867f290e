package io.competency.evaluation;

import io.competency.evaluation.plan.Individual;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A partner's data laid out once for the engine, so that judging it against many options costs what
 * the options ask for, not a new pass over the input each time. Each part is laid out in one pass over
 * the input, the fact tables when an option first counts facts of their kind:
 * <ul>
 *   <li>deployments and revenue lines in flat tables, in input order (customer by customer), each
 *       fact numbered by its position, with its customer's index and its workload as a small integer,
 *       and the positions of each workload's facts grouped: a metric visits the facts of its eligible
 *       workloads only;</li>
 *   <li>each deployment's date (its own {@code since}, else its customer's);</li>
 *   <li>shipments grouped by workload;</li>
 *   <li>each person's credentials as a set and as the credential planner takes them, their position by
 *       id, the authorizations as a set;</li>
 *   <li>which customers qualify under a list of associations, worked out once per distinct list and
 *       kept (requirements of many options share the same lists).</li>
 * </ul>
 * Workload codes are numbered in the order the input first uses them; a code the input never uses has
 * no number and no facts. What is laid out lazily (the fact tables, the qualifying-customers memo, the
 * columns excluded deployments share) is safe to fill from several threads; the rest never changes.
 */
public final class PartnerIndex {
  private final PartnerData partner;
  private final String[] customerIds;
  private final Map<String, Integer> workloadNumbers = new HashMap<>();
  private final List<String> workloadCodes = new ArrayList<>();
  private FactTable<DeploymentData> deployments;
  private LocalDate[] deploymentDates;
  private FactTable<RevenueData> revenue;
  private final Map<String, List<ShipmentData>> shipments = new HashMap<>();
  private final List<Set<String>> held;
  private final List<Individual> people;
  private final Map<String, Integer> individualPositions = new HashMap<>();
  private final boolean[] firstOfId;
  private final Set<String> authorizations;
  private final Map<Set<String>, boolean[]> qualifying = new ConcurrentHashMap<>();
  private DeploymentExclusions.Columns deploymentColumns;

  private PartnerIndex(PartnerData partner) {
    this.partner = partner;
    List<CustomerData> customers = partner.customers();
    this.customerIds = customers.stream().map(CustomerData::id).toArray(String[]::new);
    partner.shipments().forEach(s -> shipments.computeIfAbsent(s.workload(), w -> new ArrayList<>()).add(s));
    this.held = partner.individuals().stream().<Set<String>>map(i -> new HashSet<>(i.credentials())).toList();
    this.people = partner.individuals().stream().map(i -> new Individual(i.id(), i.credentials())).toList();
    for (int i = partner.individuals().size() - 1; i >= 0; i--) {
      individualPositions.put(partner.individuals().get(i).id(), i);
    }
    this.firstOfId = SkillAssignment.firstOfEachId(partner.individuals());
    this.authorizations = Set.copyOf(partner.authorizations());
  }

  /** Lays out {@code partner}: one pass over its data. */
  public static PartnerIndex of(PartnerData partner) {
    return new PartnerIndex(Objects.requireNonNull(partner, "partner"));
  }

  public PartnerData partner() {
    return partner;
  }

  int customers() {
    return customerIds.length;
  }

  String customerId(int customer) {
    return customerIds[customer];
  }

  /** The deployments, laid out when first asked for (an option that counts none never pays for them). */
  synchronized FactTable<DeploymentData> deployments() {
    if (deployments == null) {
      List<CustomerData> customers = partner.customers();
      FactTable<DeploymentData> table = new FactTable<>(customers, CustomerData::deployments, DeploymentData::workload,
          this::workloadNumber);
      deploymentDates = new LocalDate[table.size()];
      for (int d = 0; d < table.size(); d++) {
        LocalDate own = table.fact(d).since();
        deploymentDates[d] = own != null ? own : customers.get(table.customerOf(d)).since();
      }
      deployments = table;
    }
    return deployments;
  }

  /**
   * What excluded deployments show of every deployment, column by column, made once when a list first
   * needs it and shared by every list of this partner (it holds nothing else of the input).
   */
  synchronized DeploymentExclusions.Columns deploymentColumns() {
    if (deploymentColumns == null) {
      FactTable<DeploymentData> deployments = deployments();
      int[] activeUsers = new int[deployments.size()];
      for (int d = 0; d < activeUsers.length; d++) {
        activeUsers[d] = deployments.fact(d).activeUsers();
      }
      deploymentColumns = new DeploymentExclusions.Columns(customerIds, deployments.customerOfAll(), workloadCodes.toArray(String[]::new),
          deployments.workloadOfAll(), activeUsers);
    }
    return deploymentColumns;
  }

  /** The date a deployment counts by: its own {@code since}, else its customer's; null when neither is known. */
  LocalDate deploymentDate(int position) {
    return deploymentDates[position];
  }

  /** The revenue lines, laid out when first asked for. */
  synchronized FactTable<RevenueData> revenue() {
    if (revenue == null) {
      revenue = new FactTable<>(partner.customers(), CustomerData::revenue, RevenueData::workload, this::workloadNumber);
    }
    return revenue;
  }

  /** The shipments of {@code workload}, in input order. */
  List<ShipmentData> shipmentsOf(String workload) {
    return shipments.getOrDefault(workload, List.of());
  }

  /**
   * Which workload numbers {@code codes} name: {@code mask[n]} for workload number n. Numbers are given as
   * the fact tables are laid out: ask for the table first.
   */
  synchronized boolean[] workloadMask(Collection<String> codes) {
    boolean[] mask = new boolean[workloadCodes.size()];
    for (String code : codes) {
      Integer number = workloadNumbers.get(code);
      if (number != null) {
        mask[number] = true;
      }
    }
    return mask;
  }


  /**
   * Per customer index, whether it has one of {@code associations}; every customer when the list is
   * empty (no association is needed). Worked out once per distinct set of codes.
   */
  boolean[] qualifying(Collection<String> associations) {
    return qualifying.computeIfAbsent(Set.copyOf(associations), this::qualifyingUnder);
  }

  private boolean[] qualifyingUnder(Set<String> associations) {
    List<CustomerData> customers = partner.customers();
    boolean[] out = new boolean[customers.size()];
    for (int c = 0; c < out.length; c++) {
      out[c] = associations.isEmpty() || holdsOneOf(customers.get(c).associations(), associations);
    }
    return out;
  }

  private static boolean holdsOneOf(List<String> held, Set<String> associations) {
    for (String association : held) {
      if (associations.contains(association)) {
        return true;
      }
    }
    return false;
  }

  /** The people, in input order. */
  List<IndividualData> individuals() {
    return partner.individuals();
  }

  /** The credentials each person holds, as sets, in input order. */
  List<Set<String>> held() {
    return held;
  }

  /** The people as the credential planner takes them, in input order. */
  List<Individual> people() {
    return people;
  }

  /** Per person, whether they are the first with their id (the input refuses repeated ids; the engine counts the first). */
  boolean[] firstOfId() {
    return firstOfId;
  }

  /** The position of the first person with this id, or -1. */
  int individualPosition(String id) {
    Integer position = individualPositions.get(id);
    return position == null ? -1 : position;
  }

  /** The authorization codes the partner holds. */
  Set<String> authorizations() {
    return authorizations;
  }

  /** Holds the lock (called while a fact table is laid out). */
  private int workloadNumber(String code) {
    Integer number = workloadNumbers.get(code);
    if (number == null) {
      number = workloadCodes.size();
      workloadCodes.add(code);
      workloadNumbers.put(code, number);
    }
    return number;
  }

  /**
   * Facts of one kind held by customers (deployments, revenue lines), flat in input order: customer by
   * customer, each customer's in its own order. {@code first(c)} to {@code first(c + 1)} are customer
   * c's positions.
   */
  static final class FactTable<F> {
    private final Object[] facts;
    private final int[] customerOf;
    private final int[] workloadOf;
    private final int[] firstOfCustomer;
    private final int[][] byWorkload;

    FactTable(List<CustomerData> customers, Function<CustomerData, List<F>> factsOf, Function<F, String> workloadOfFact,
        ToIntFunction<String> numbering) {
      int size = 0;
      for (CustomerData customer : customers) {
        size += factsOf.apply(customer).size();
      }
      this.facts = new Object[size];
      this.customerOf = new int[size];
      this.workloadOf = new int[size];
      this.firstOfCustomer = new int[customers.size() + 1];
      int position = 0;
      int[] perWorkload = new int[8];
      for (int c = 0; c < customers.size(); c++) {
        firstOfCustomer[c] = position;
        for (F fact : factsOf.apply(customers.get(c))) {
          int workload = numbering.applyAsInt(workloadOfFact.apply(fact));
          if (workload >= perWorkload.length) {
            perWorkload = Arrays.copyOf(perWorkload, Math.max(workload + 1, perWorkload.length * 2));
          }
          perWorkload[workload]++;
          facts[position] = fact;
          customerOf[position] = c;
          workloadOf[position] = workload;
          position++;
        }
      }
      firstOfCustomer[customers.size()] = position;
      this.byWorkload = new int[perWorkload.length][];
      for (int w = 0; w < perWorkload.length; w++) {
        byWorkload[w] = new int[perWorkload[w]];
      }
      int[] filled = new int[perWorkload.length];
      for (int p = 0; p < size; p++) {
        byWorkload[workloadOf[p]][filled[workloadOf[p]]++] = p;
      }
    }

    int size() {
      return facts.length;
    }

    @SuppressWarnings("unchecked")
    F fact(int position) {
      return (F) facts[position];
    }

    int customerOf(int position) {
      return customerOf[position];
    }

    /** Each position's customer index (the table's own array: not to be changed). */
    int[] customerOfAll() {
      return customerOf;
    }

    /** Each position's workload number (the table's own array: not to be changed). */
    int[] workloadOfAll() {
      return workloadOf;
    }

    int workloadOf(int position) {
      return workloadOf[position];
    }

    /** The first position of customer {@code c}'s facts; {@code first(customers)} is the table's size. */
    int first(int c) {
      return firstOfCustomer[c];
    }

    /** The positions of workload number {@code w}'s facts, ascending; empty for a number with none. */
    int[] ofWorkload(int w) {
      return w < byWorkload.length ? byWorkload[w] : new int[0];
    }
  }
}
