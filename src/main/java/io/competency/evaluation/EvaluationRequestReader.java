package io.competency.evaluation;

import io.competency.catalog.CatalogSnapshot;
import io.competency.catalog.Competency;
import io.competency.input.FieldPath;
import io.competency.input.Input;
import io.competency.catalog.Option;
import io.competency.input.ProblemCode;
import io.competency.input.Problems;
import io.competency.catalog.Term;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads an {@code EvaluateInput} object, as graphql-java hands it over (nested maps and lists, dates as
 * {@link LocalDate}, ISO-8601 strings also accepted), against one catalog snapshot. Every problem is
 * reported in one pass, each as a code of {@link EvaluationProblemCode} with the path into the input
 * (for example {@code input.customers[3].deployments[0].workload}), so an integrator can fix them all
 * at once; nothing is evaluated while any remains.
 *
 * <p>What it resolves: the option (the competency's only option when omitted), the market term, and
 * {@code asOf}, which defaults to today in UTC by the reader's clock. A date after {@code asOf} is not a
 * problem: that fact is simply outside any window. Repeated association, credential or authorization
 * codes are harmless and kept as given. Workloads of revenue lines and shipments, and authorizations,
 * must be known codes; amounts are exact decimals of bounded size.
 */
public final class EvaluationRequestReader {
  static final String MAX_DOLLARS = "1000000000000000";
  static final int MAX_DECIMALS = 6;
  private static final BigDecimal LIMIT = new BigDecimal(MAX_DOLLARS);

  private final CatalogSnapshot snapshot;
  private final Clock clock;

  public EvaluationRequestReader(CatalogSnapshot snapshot, Clock clock) {
    this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Reads {@code input}, which sits at {@code at} (typically {@code FieldPath.root().field("input")}). */
  public ReadRequest read(Map<String, ?> input, FieldPath at) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(at, "at");
    Problems problems = new Problems();
    Input in = new Input(input, at, problems);
    Competency competency = competency(in.field("competency"));
    Option option = competency == null ? null : option(in.field("option"), competency);
    String market = in.field("market").knownCode(snapshot.vocabulary().markets(), EvaluationProblemCode.UNKNOWN_MARKET, "market");
    LocalDate asOf = in.field("asOf").date();
    PartnerData partner = partner(in);
    String reference = in.field("reference").string();
    if (!problems.isEmpty()) {
      return ReadRequest.failed(problems.all());
    }
    LocalDate day = asOf == null ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) : asOf;
    EvaluationRequest request = new EvaluationRequest(competency.slug(), option.slug(), market, day, partner, reference);
    Term term = snapshot.market(market);
    return ReadRequest.of(request, option, term);
  }

  /**
   * Reads an {@code EvaluatePartnerInput}, which sits at {@code at}: the partner's data, market, asOf and
   * reference exactly as {@link #read} reads them (same codes, same paths), and {@code competencies}: when
   * absent, every competency of the catalog; else distinct known slugs, at least one. The options are
   * every option of those competencies, in catalog order.
   */
  public PartnerWideRequest readPartnerWide(Map<String, ?> input, FieldPath at) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(at, "at");
    Problems problems = new Problems();
    Input in = new Input(input, at, problems);
    List<Competency> competencies = competencies(in.field("competencies"));
    String market = in.field("market").knownCode(snapshot.vocabulary().markets(), EvaluationProblemCode.UNKNOWN_MARKET, "market");
    LocalDate asOf = in.field("asOf").date();
    PartnerData partner = partner(in);
    String reference = in.field("reference").string();
    if (!problems.isEmpty()) {
      return PartnerWideRequest.failed(problems.all());
    }
    LocalDate day = asOf == null ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) : asOf;
    List<Option> options = competencies.stream().flatMap(c -> c.options().stream()).toList();
    return new PartnerWideRequest(market, day, partner, reference, options, List.of());
  }

  /** The competencies listed, in catalog order (every one when the field is absent); null when the list has problems. */
  private List<Competency> competencies(Input in) {
    if (!in.present()) {
      return snapshot.competencies();
    }
    if (in.value() instanceof Collection<?> listed && listed.isEmpty()) {
      in.problem(ProblemCode.EMPTY, "list at least one competency, or leave the field out to evaluate every one");
      return null;
    }
    List<String> slugs = in.distinctKnownCodes(Set.copyOf(snapshot.competencies().stream().map(Competency::slug).toList()),
        EvaluationProblemCode.UNKNOWN_COMPETENCY, "competency");
    return slugs == null ? null : snapshot.competencies().stream().filter(c -> slugs.contains(c.slug())).toList();
  }

  /**
   * The partner's data in the input object {@code in}: {@code customers} and {@code individuals}
   * (required), {@code shipments} and {@code authorizations} (optional), with every problem recorded on
   * {@code in}'s problems. What is wrong is left out of the result.
   */
  public PartnerData partner(Input in) {
    List<CustomerData> customers = customers(in.field("customers"));
    List<IndividualData> individuals = individuals(in.field("individuals"));
    List<ShipmentData> shipments = shipments(in.field("shipments"));
    List<String> authorizations = new ArrayList<>();
    for (Input element : in.field("authorizations").list()) {
      String code = element.knownCode(snapshot.vocabulary().authorizations(), EvaluationProblemCode.UNKNOWN_AUTHORIZATION,
          "authorization");
      if (code != null) {
        authorizations.add(code);
      }
    }
    return new PartnerData(customers, individuals, shipments, authorizations);
  }

  private Competency competency(Input in) {
    String slug = in.knownCode(Set.copyOf(snapshot.competencies().stream().map(Competency::slug).toList()),
        EvaluationProblemCode.UNKNOWN_COMPETENCY, "competency");
    return slug == null ? null : snapshot.competency(slug);
  }

  private static Option option(Input in, Competency competency) {
    List<String> known = competency.options().stream().map(Option::slug).sorted().toList();
    if (!in.present() && known.size() == 1) {
      return competency.options().get(0);
    }
    if (!in.present()) {
      in.problem(known.isEmpty() ? EvaluationProblemCode.UNKNOWN_OPTION : EvaluationProblemCode.OPTION_REQUIRED,
          known.isEmpty() ? "competency '" + competency.slug() + "' has no options"
              : "competency '" + competency.slug() + "' has several options; name one of " + known);
      return null;
    }
    String slug = in.knownCode(Set.copyOf(known), EvaluationProblemCode.UNKNOWN_OPTION, "option");
    return slug == null ? null : competency.option(slug);
  }

  private List<CustomerData> customers(Input in) {
    List<CustomerData> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Input element : requiredList(in)) {
      CustomerData customer = customer(element, ids);
      if (customer != null) {
        out.add(customer);
      }
    }
    return out;
  }

  private CustomerData customer(Input in, Set<String> ids) {
    String id = uniqueId(in.field("id"), ids, EvaluationProblemCode.DUPLICATE_CUSTOMER, "customer");
    List<String> associations = codes(in.field("associations"), snapshot.vocabulary().associationTypes(),
        EvaluationProblemCode.UNKNOWN_ASSOCIATION, "association type");
    LocalDate since = in.field("since").date();
    List<DeploymentData> deployments = deployments(in.field("deployments"));
    List<RevenueData> revenue = revenue(in.field("revenue"));
    return id == null ? null : new CustomerData(id, associations, since, deployments, revenue);
  }

  /** Revenue lines; absent means none. */
  private List<RevenueData> revenue(Input in) {
    List<RevenueData> out = new ArrayList<>();
    for (Input element : in.list()) {
      String workload = workload(element.field("workload"));
      LocalDate date = element.field("date").requiredDate();
      BigDecimal amount = amount(element.field("amountUsd"));
      RevenueType type = element.field("type").enumValue(RevenueType.class);
      if (workload != null && date != null && amount != null && type != null) {
        out.add(new RevenueData(workload, date, amount, type));
      }
    }
    return out;
  }

  /**
   * An amount in US dollars, negative for a credit. Bounded so that exact sums stay small: less than
   * {@value #MAX_DOLLARS} dollars either way, at most {@value #MAX_DECIMALS} decimals.
   */
  private static BigDecimal amount(Input in) {
    BigDecimal amount = in.requiredDecimal();
    if (amount == null) {
      return null;
    }
    boolean tooPrecise = amount.scale() > MAX_DECIMALS && amount.stripTrailingZeros().scale() > MAX_DECIMALS;
    if (amount.abs().compareTo(LIMIT) >= 0 || tooPrecise) {
      in.problem(EvaluationProblemCode.INVALID_VALUE, "an amount must be less than " + MAX_DOLLARS + " dollars either way, with at most "
          + MAX_DECIMALS + " decimals (got " + amount.toPlainString().substring(0, Math.min(40, amount.toPlainString().length())) + ")");
      return null;
    }
    return amount;
  }

  /** The partner's device shipments; absent means none. */
  private List<ShipmentData> shipments(Input in) {
    List<ShipmentData> out = new ArrayList<>();
    for (Input element : in.list()) {
      String workload = workload(element.field("workload"));
      LocalDate date = element.field("date").requiredDate();
      Input unitsIn = element.field("units");
      Integer units = unitsIn.requiredInteger();
      if (units != null && units < 1) {
        unitsIn.problem(EvaluationProblemCode.INVALID_VALUE, "a shipment has at least 1 unit (got " + units + ")");
        units = null;
      }
      if (workload != null && date != null && units != null) {
        out.add(new ShipmentData(workload, date, units));
      }
    }
    return out;
  }

  /**
   * A known workload code, as the catalog's own string: a partner's facts repeat a few codes hundreds of
   * thousands of times, and results that keep facts (excluded deployments and revenue lines) then share it.
   */
  private String workload(Input in) {
    String code = in.knownCode(snapshot.vocabulary().workloads(), EvaluationProblemCode.UNKNOWN_WORKLOAD, "workload");
    return code == null ? null : snapshot.workload(code).code();
  }

  private List<DeploymentData> deployments(Input in) {
    List<DeploymentData> out = new ArrayList<>();
    Set<String> workloads = new HashSet<>();
    for (Input element : requiredList(in)) {
      Input workloadIn = element.field("workload");
      String workload = workload(workloadIn);
      if (workload != null && !workloads.add(workload)) {
        workloadIn.problem(EvaluationProblemCode.DUPLICATE_WORKLOAD,
            "workload " + workload + " is given twice for this customer; give one deployment per workload");
      }
      Integer activeUsers = activeUsers(element.field("activeUsers"));
      boolean trial = element.field("trial").bool(false);
      LocalDate since = element.field("since").date();
      if (workload != null && activeUsers != null) {
        out.add(new DeploymentData(workload, activeUsers, trial, since));
      }
    }
    return out;
  }

  private static Integer activeUsers(Input in) {
    Integer users = in.requiredInteger();
    if (users != null && users < 0) {
      in.problem(EvaluationProblemCode.INVALID_VALUE, "active users must not be negative (got " + users + ")");
      return null;
    }
    return users;
  }

  private List<IndividualData> individuals(Input in) {
    List<IndividualData> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Input element : requiredList(in)) {
      String id = uniqueId(element.field("id"), ids, EvaluationProblemCode.DUPLICATE_INDIVIDUAL, "individual");
      List<String> credentials = codes(element.field("credentials"), snapshot.vocabulary().credentials(),
          EvaluationProblemCode.UNKNOWN_CREDENTIAL, "credential");
      if (id != null) {
        out.add(new IndividualData(id, credentials));
      }
    }
    return out;
  }

  /** A non-blank id not seen before in {@code ids}; null (with a problem) otherwise. */
  private static String uniqueId(Input in, Set<String> ids, String duplicateCode, String what) {
    String id = in.string();
    if (id == null && !in.present()) {
      in.problem(EvaluationProblemCode.REQUIRED, "is required");
      return null;
    }
    if (id != null && id.isBlank()) {
      in.problem(EvaluationProblemCode.INVALID_VALUE, "must not be blank");
      return null;
    }
    if (id != null && !ids.add(id)) {
      in.problem(duplicateCode, what + " '" + id + "' is given twice");
      return null;
    }
    return id;
  }

  private static List<String> codes(Input in, Set<String> known, String unknownCode, String what) {
    List<String> out = new ArrayList<>();
    for (Input element : requiredList(in)) {
      String code = element.knownCode(known, unknownCode, what);
      if (code != null) {
        out.add(code);
      }
    }
    return out;
  }

  private static List<Input> requiredList(Input in) {
    if (!in.present()) {
      in.problem(EvaluationProblemCode.REQUIRED, "is required");
    }
    return in.list();
  }
}
