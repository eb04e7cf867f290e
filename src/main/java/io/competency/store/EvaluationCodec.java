package io.competency.store;

import io.competency.catalog.CatalogReader;
import io.competency.catalog.CatalogWriter;
import io.competency.catalog.CredentialChoice;
import io.competency.catalog.MarketThreshold;
import io.competency.catalog.Metric;
import io.competency.catalog.MetricThreshold;
import io.competency.catalog.PerformanceRequirement;
import io.competency.catalog.QualificationPath;
import io.competency.catalog.Requirement;
import io.competency.catalog.SkillRequirement;
import io.competency.catalog.SkillRole;
import io.competency.catalog.Tier;
import io.competency.catalog.Vocabulary;
import io.competency.evaluation.CustomerData;
import io.competency.evaluation.DeploymentData;
import io.competency.evaluation.EvaluatedRequest;
import io.competency.evaluation.EvaluationRequest;
import io.competency.evaluation.EvaluationResult;
import io.competency.evaluation.ExcludedDeployment;
import io.competency.evaluation.ExcludedRevenue;
import io.competency.evaluation.ExclusionReason;
import io.competency.evaluation.IndividualData;
import io.competency.evaluation.MetricResult;
import io.competency.evaluation.NextStep;
import io.competency.evaluation.NextStepKind;
import io.competency.evaluation.NextSteps;
import io.competency.evaluation.Notice;
import io.competency.evaluation.PartnerData;
import io.competency.evaluation.PerformanceResult;
import io.competency.evaluation.QualifiedIndividual;
import io.competency.evaluation.RequirementResult;
import io.competency.evaluation.RevenueData;
import io.competency.evaluation.RevenueType;
import io.competency.evaluation.ShipmentData;
import io.competency.evaluation.SkillResult;
import io.competency.evaluation.SkillRoleResult;
import io.competency.evaluation.TierResult;
import io.competency.input.FieldPath;
import io.competency.input.Input;
import io.competency.input.Problems;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Encodes an evaluation (request and result) as a JSON-compatible tree (maps, lists, strings, integers,
 * booleans; dates as ISO-8601 strings; money as exact decimal strings; absent values left out) and
 * decodes it back to equal records. Evaluations are stored as JSON and read long after, when the catalog
 * may have changed, so the tree carries the tiers the evaluation ran against, written by
 * {@link CatalogWriter}, and the codes they use; decoding reads them back through {@link CatalogReader}
 * with a vocabulary of exactly those codes, independent of the current catalog. Requirement results
 * refer to their requirement by position.
 *
 * <p>The tree has a {@code format} number for later changes of shape: format 2 added revenue lines,
 * deployment dates, shipments, authorizations, roles, money amounts and notices; a format 1 tree reads
 * as having none of them. Format 3 added the plan to the next tier ({@code nextSteps}, each step naming
 * its requirement by position in the next tier): the plan depends on credentials of people who did not
 * qualify, which the tree does not keep, so it is stored as made; and it stores excluded deployments and
 * revenue lines column by column ({@link ExclusionColumns}), left out when there are none. A tree of format 1 or 2 reads back with
 * a plan made from what it kept ({@link NextSteps#fromResults}). A tree this codec did not write (or a corrupted one) is a fault: decoding
 * throws {@link IllegalArgumentException} naming every problem.
 */
public final class EvaluationCodec {
  /** The shape written by this version; bump it when the shape changes, and keep reading older ones. */
  public static final int FORMAT = 3;
  private static final Set<Integer> READABLE = Set.of(1, 2, 3);

  /** The code of problems in a stored tree; they surface only in the exception message. */
  private static final String CORRUPT = "CORRUPT";

  private final CatalogWriter writer = new CatalogWriter();

  public Map<String, Object> encode(EvaluationRequest request, EvaluationResult result) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(result, "result");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("format", FORMAT);
    out.put("request", request(request));
    out.put("result", result(result));
    return out;
  }

  /** The request and result {@code encoded} holds; throws {@link IllegalArgumentException} when it is not such a tree. */
  public EvaluatedRequest decode(Map<String, ?> encoded) {
    Objects.requireNonNull(encoded, "encoded");
    Problems problems = new Problems();
    Input in = new Input(encoded, FieldPath.root(), problems);
    Integer format = in.field("format").requiredInteger();
    if (format != null && !READABLE.contains(format)) {
      in.field("format").problem(CORRUPT, "format " + format + " is not one of " + READABLE);
    }
    if (!problems.isEmpty()) {
      throw corrupt(problems);
    }
    EvaluationRequest request = decodeRequest(in.field("request"));
    EvaluationResult result = decodeResult(in.field("result"), format);
    if (!problems.isEmpty()) {
      throw corrupt(problems);
    }
    return new EvaluatedRequest(request, result);
  }

  private static IllegalArgumentException corrupt(Problems problems) {
    return new IllegalArgumentException("not an encoded evaluation: " + problems.all().stream()
        .map(p -> p.path() + ": " + p.code() + " " + p.message()).collect(Collectors.joining("; ")));
  }

  private static Map<String, Object> request(EvaluationRequest request) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("competency", request.competency());
    putIfPresent(out, "option", request.option());
    out.put("market", request.market());
    out.put("asOf", request.asOf().toString());
    putIfPresent(out, "reference", request.reference());
    PartnerData partner = request.partner();
    out.put("customers", partner.customers().stream().map(EvaluationCodec::customer).toList());
    out.put("individuals", partner.individuals().stream().map(EvaluationCodec::individual).toList());
    putIfAny(out, "shipments", partner.shipments().stream().map(s -> Map.<String, Object>of(
        "workload", s.workload(), "date", s.date().toString(), "units", s.units())).toList());
    putIfAny(out, "authorizations", partner.authorizations());
    return out;
  }

  private static Map<String, Object> customer(CustomerData customer) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", customer.id());
    out.put("associations", customer.associations());
    putIfPresent(out, "since", customer.since() == null ? null : customer.since().toString());
    out.put("deployments", customer.deployments().stream().map(EvaluationCodec::deployment).toList());
    putIfAny(out, "revenue", customer.revenue().stream().map(line -> Map.<String, Object>of("workload", line.workload(),
        "date", line.date().toString(), "amountUsd", line.amountUsd().toPlainString(), "type", line.type().name())).toList());
    return out;
  }

  private static Map<String, Object> deployment(DeploymentData deployment) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("workload", deployment.workload());
    out.put("activeUsers", deployment.activeUsers());
    out.put("trial", deployment.trial());
    putIfPresent(out, "since", deployment.since() == null ? null : deployment.since().toString());
    return out;
  }

  private static Map<String, Object> individual(IndividualData individual) {
    return Map.of("id", individual.id(), "credentials", individual.credentials());
  }

  private Map<String, Object> result(EvaluationResult result) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("market", result.market());
    out.put("asOf", result.asOf().toString());
    putIfPresent(out, "achievedTier", result.achievedTier() == null ? null : result.achievedTier().slug());
    putIfPresent(out, "nextTier", result.nextTier() == null ? null : result.nextTier().slug());
    out.put("vocabulary", vocabulary(result.tiers()));
    out.put("tiers", result.tiers().stream().map(this::tierResult).toList());
    putIfAny(out, "notices", result.notices().stream()
        .map(n -> Map.<String, Object>of("code", n.code(), "credential", n.credential())).toList());
    putIfAny(out, "nextSteps", result.nextSteps().stream().map(EvaluationCodec::nextStep).toList());
    return out;
  }

  private static Map<String, Object> nextStep(NextStep step) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("kind", step.kind().name());
    out.put("requirement", step.requirement().position());
    putIfPresent(out, "metric", step.metric() == null ? null : step.metric().name());
    putIfPresent(out, "amount", step.amount());
    putIfPresent(out, "authorization", step.authorization());
    putIfPresent(out, "individualId", step.individualId());
    putIfPresent(out, "newIndividual", step.newIndividual());
    putIfPresent(out, "role", step.role());
    putIfPresent(out, "path", step.path());
    putIfAny(out, "anyOf", step.anyOf());
    return out;
  }

  private Map<String, Object> tierResult(TierResult result) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("competency", result.tier().path().competency());
    out.put("option", result.tier().path().option());
    out.put("tier", writer.tier(result.tier()));
    out.put("met", result.met());
    out.put("requirements", result.requirements().stream().map(EvaluationCodec::requirementResult).toList());
    return out;
  }

  private static Map<String, Object> requirementResult(RequirementResult result) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("met", result.met());
    if (result instanceof SkillResult skill) {
      out.put("required", skill.required());
      out.put("actual", skill.actual());
      out.put("qualifiedIndividuals", skill.qualifiedIndividuals().stream()
          .map(q -> Map.<String, Object>of("id", q.id(), "path", q.path(), "role", q.role())).toList());
      out.put("roles", skill.roles().stream().map(r -> Map.<String, Object>of("role", r.role(), "met", r.met(),
          "required", r.required(), "actual", r.actual(), "filledElsewhere", r.filledElsewhere())).toList());
      return out;
    }
    PerformanceResult performance = (PerformanceResult) result;
    out.put("metrics", performance.metrics().stream().map(m -> Map.<String, Object>of("metric", m.metric().name(),
        "met", m.met(), "required", m.required(), "actual", m.actual(), "shortfall", m.shortfall(),
        "actualAmount", m.actualAmount().toPlainString())).toList());
    if (!performance.excludedDeployments().isEmpty()) {
      out.put("excludedDeployments", ExclusionColumns.deployments(performance.excludedDeployments()));
    }
    if (!performance.excludedRevenue().isEmpty()) {
      out.put("excludedRevenue", ExclusionColumns.revenue(performance.excludedRevenue()));
    }
    putIfAny(out, "missingAuthorizations", performance.missingAuthorizations());
    return out;
  }

  /** The codes the tiers refer to, so that they can be read back whatever the catalog holds by then. */
  private static Map<String, Object> vocabulary(List<TierResult> tiers) {
    Set<String> markets = new TreeSet<>();
    Set<String> workloads = new TreeSet<>();
    Set<String> associations = new TreeSet<>();
    Set<String> credentials = new TreeSet<>();
    Set<String> authorizations = new TreeSet<>();
    for (TierResult tier : tiers) {
      for (Requirement requirement : tier.tier().requirements()) {
        if (requirement instanceof PerformanceRequirement p) {
          p.metrics().stream().map(MetricThreshold::thresholds).flatMap(List::stream).map(MarketThreshold::market)
              .filter(Objects::nonNull).forEach(markets::add);
          workloads.addAll(p.allWorkloads());
          associations.addAll(p.qualifyingAssociations());
          authorizations.addAll(p.requiredAuthorizations());
        } else if (requirement instanceof SkillRequirement s) {
          s.roles().stream().map(SkillRole::paths).flatMap(List::stream).map(QualificationPath::choices).flatMap(List::stream)
              .map(CredentialChoice::anyOf).forEach(credentials::addAll);
        }
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("markets", List.copyOf(markets));
    out.put("workloads", List.copyOf(workloads));
    out.put("associationTypes", List.copyOf(associations));
    out.put("credentials", List.copyOf(credentials));
    putIfAny(out, "authorizations", List.copyOf(authorizations));
    return out;
  }

  private static EvaluationRequest decodeRequest(Input in) {
    List<CustomerData> customers = listOf(in.field("customers"), EvaluationCodec::decodeCustomer);
    List<IndividualData> individuals = listOf(in.field("individuals"),
        i -> new IndividualData(i.field("id").string(), strings(i.field("credentials"))));
    List<ShipmentData> shipments = listOf(in.field("shipments"), s -> new ShipmentData(s.field("workload").string(),
        s.field("date").date(), intOf(s.field("units"))));
    List<String> authorizations = strings(in.field("authorizations"));
    String competency = in.field("competency").string();
    String market = in.field("market").string();
    LocalDate asOf = in.field("asOf").date();
    if (competency == null || market == null || asOf == null || !in.problems().isEmpty()) {
      return null;
    }
    return new EvaluationRequest(competency, in.field("option").string(), market, asOf,
        new PartnerData(customers, individuals, shipments, authorizations), in.field("reference").string());
  }

  private static CustomerData decodeCustomer(Input in) {
    List<DeploymentData> deployments = listOf(in.field("deployments"), d -> new DeploymentData(
        d.field("workload").string(), d.field("activeUsers").requiredInteger(), d.field("trial").bool(false), d.field("since").date()));
    List<RevenueData> revenue = listOf(in.field("revenue"), r -> new RevenueData(r.field("workload").string(),
        r.field("date").date(), r.field("amountUsd").requiredDecimal(), r.field("type").enumValue(RevenueType.class)));
    return new CustomerData(in.field("id").string(), strings(in.field("associations")), in.field("since").date(), deployments,
        revenue);
  }

  private static EvaluationResult decodeResult(Input in, int format) {
    CatalogReader reader = new CatalogReader(decodeVocabulary(in.field("vocabulary")));
    List<TierResult> tiers = listOf(in.field("tiers"), t -> decodeTier(t, reader, format));
    List<Notice> notices = listOf(in.field("notices"), n -> new Notice(n.field("code").string(), n.field("credential").string()));
    String market = in.field("market").string();
    LocalDate asOf = in.field("asOf").date();
    if (market == null || asOf == null || !in.problems().isEmpty()) {
      return null;
    }
    Tier nextTier = tierNamed(tiers, in.field("nextTier"));
    TierResult next = tiers.stream().filter(t -> t.tier() == nextTier).findFirst().orElse(null);
    List<NextStep> steps = next == null ? List.of()
        : format < 3 ? NextSteps.fromResults(next)
        : listOf(in.field("nextSteps"), step -> decodeNextStep(step, next.tier()));
    return in.problems().isEmpty()
        ? new EvaluationResult(market, asOf, tiers, tierNamed(tiers, in.field("achievedTier")), nextTier, notices, steps)
        : null;
  }

  private static NextStep decodeNextStep(Input in, Tier tier) {
    NextStepKind kind = in.field("kind").enumValue(NextStepKind.class);
    Integer position = in.field("requirement").requiredInteger();
    if (kind == null || position == null) {
      return null;
    }
    if (position < 0 || position >= tier.requirements().size()) {
      in.field("requirement").problem(CORRUPT, "names requirement " + position + " of a tier of " + tier.requirements().size());
      return null;
    }
    Metric metric = in.field("metric").present() ? in.field("metric").enumValue(Metric.class) : null;
    return new NextStep(tier.requirements().get(position), kind, metric, in.field("amount").integer(),
        in.field("authorization").string(), in.field("individualId").string(), in.field("newIndividual").integer(),
        in.field("role").integer(), in.field("path").integer(), strings(in.field("anyOf")));
  }

  private static Vocabulary decodeVocabulary(Input in) {
    return new Vocabulary(Set.copyOf(strings(in.field("markets"))), Set.copyOf(strings(in.field("workloads"))),
        Set.copyOf(strings(in.field("associationTypes"))), Set.copyOf(strings(in.field("credentials"))),
        Set.copyOf(strings(in.field("authorizations"))));
  }

  private static TierResult decodeTier(Input in, CatalogReader reader, int format) {
    Tier tier = reader.tier(in.field("tier"), in.field("competency").string(), in.field("option").string());
    if (tier == null || !in.problems().isEmpty()) {
      return null;
    }
    List<Input> requirements = in.field("requirements").list();
    if (requirements.size() != tier.requirements().size()) {
      in.field("requirements").problem(CORRUPT, "has " + requirements.size() + " results for "
          + tier.requirements().size() + " requirements");
      return null;
    }
    List<RequirementResult> results = new ArrayList<>();
    for (int i = 0; i < requirements.size(); i++) {
      results.add(decodeRequirement(requirements.get(i), tier.requirements().get(i), format));
    }
    boolean met = in.field("met").bool(false);
    return in.problems().isEmpty() ? new TierResult(tier, met, results) : null;
  }

  private static RequirementResult decodeRequirement(Input in, Requirement requirement, int format) {
    boolean met = in.field("met").bool(false);
    if (requirement instanceof SkillRequirement skill) {
      List<QualifiedIndividual> qualified = listOf(in.field("qualifiedIndividuals"),
          q -> new QualifiedIndividual(q.field("id").string(), q.field("path").requiredInteger(), optionalInt(q.field("role"))));
      int required = intOf(in.field("required"));
      int actual = intOf(in.field("actual"));
      if (!in.field("roles").present()) {
        return new SkillResult(skill, met, required, actual, qualified);
      }
      List<SkillRoleResult> roles = listOf(in.field("roles"), r -> new SkillRoleResult(intOf(r.field("role")),
          r.field("met").bool(false), intOf(r.field("required")), intOf(r.field("actual")), strings(r.field("filledElsewhere"))));
      return new SkillResult(skill, met, required, actual, qualified, roles);
    }
    List<MetricResult> metrics = listOf(in.field("metrics"), EvaluationCodec::decodeMetric);
    List<ExcludedDeployment> excluded = format >= 3 ? ExclusionColumns.readDeployments(in.field("excludedDeployments"))
        : listOf(in.field("excludedDeployments"), d -> new ExcludedDeployment(
            d.field("customerId").string(), d.field("workload").string(), intOf(d.field("activeUsers")),
            d.field("reason").enumValue(ExclusionReason.class)));
    List<ExcludedRevenue> excludedRevenue = format >= 3 ? ExclusionColumns.readRevenue(in.field("excludedRevenue"))
        : listOf(in.field("excludedRevenue"), r -> new ExcludedRevenue(
            r.field("customerId").string(), r.field("workload").string(), r.field("date").date(), r.field("amountUsd").requiredDecimal(),
            r.field("type").enumValue(RevenueType.class), r.field("reason").enumValue(ExclusionReason.class)));
    return new PerformanceResult((PerformanceRequirement) requirement, met, metrics, excluded, excludedRevenue,
        strings(in.field("missingAuthorizations")));
  }

  private static MetricResult decodeMetric(Input m) {
    Metric metric = m.field("metric").enumValue(Metric.class);
    int actual = intOf(m.field("actual"));
    BigDecimal amount = m.field("actualAmount").decimal();
    return new MetricResult(metric, m.field("met").bool(false), intOf(m.field("required")), actual, intOf(m.field("shortfall")),
        amount == null ? BigDecimal.valueOf(actual) : amount);
  }

  private static Tier tierNamed(List<TierResult> tiers, Input slug) {
    String wanted = slug.string();
    return wanted == null ? null : tiers.stream().map(TierResult::tier).filter(t -> t.slug().equals(wanted))
        .findFirst().orElse(null);
  }

  /**
   * The elements of a list, each decoded by {@code decode}. An element whose fields are missing or of the
   * wrong type has its problems recorded; its record constructor then fails, which is reported too.
   */
  private static <T> List<T> listOf(Input in, Function<Input, T> decode) {
    List<T> out = new ArrayList<>();
    for (Input element : in.list()) {
      try {
        T value = decode.apply(element);
        if (value != null) {
          out.add(value);
        }
      } catch (NullPointerException | IllegalArgumentException e) {
        element.problem(CORRUPT, "cannot be decoded: " + e.getMessage());
      }
    }
    return out;
  }

  private static List<String> strings(Input in) {
    List<String> out = new ArrayList<>();
    for (Input element : in.list()) {
      String s = element.string();
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  private static int intOf(Input in) {
    Integer value = in.requiredInteger();
    return value == null ? 0 : value;
  }

  private static int optionalInt(Input in) {
    Integer value = in.integer();
    return value == null ? 0 : value;
  }

  private static void putIfPresent(Map<String, Object> out, String key, Object value) {
    if (value != null) {
      out.put(key, value);
    }
  }

  private static void putIfAny(Map<String, Object> out, String key, List<?> values) {
    if (!values.isEmpty()) {
      out.put(key, values);
    }
  }
}
