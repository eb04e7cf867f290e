package io.competency.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns input trees into catalog records, checking everything a catalog must satisfy: required fields,
 * slugs and codes, English text, thresholds, unique slugs, ranks and codes, and references to known
 * markets, workloads, association types and credentials. The bundled YAML files, rows read back from
 * the database and maintenance mutations all go through here, so a tier is held to the same rules
 * wherever it comes from.
 *
 * <p>Localized text is read in two shapes: a map of locale to text (files) or a list of
 * {@code {locale, text}} entries (GraphQL input).
 */
public final class CatalogReader {
  private static final Set<String> COMPETENCY_FIELDS = Set.of("slug", "name", "description", "options");
  private static final Set<String> OPTION_FIELDS = Set.of("slug", "name", "description", "tiers");
  private static final Set<String> TIER_FIELDS = Set.of("slug", "rank", "name", "requirements");
  private static final Set<String> REQUIREMENT_FIELDS = Set.of("performance", "skill");
  private static final Set<String> PERFORMANCE_FIELDS = Set.of("title", "notes", "metrics", "eligibleWorkloads",
      "excludesTrials", "qualifyingAssociations");
  private static final Set<String> METRIC_FIELDS = Set.of("metric", "windowMonths", "thresholds");
  private static final Set<String> THRESHOLD_FIELDS = Set.of("market", "value", "description");
  private static final Set<String> SKILL_FIELDS = Set.of("title", "notes", "individuals", "paths");
  private static final Set<String> PATH_FIELDS = Set.of("description", "choices");
  private static final Set<String> CHOICE_FIELDS = Set.of("anyOf");
  private static final Set<String> TERM_FIELDS = Set.of("code", "name");
  private static final Set<String> CREDENTIAL_FIELDS = Set.of("code", "kind", "title", "url");

  private final Vocabulary vocabulary;

  public CatalogReader(Vocabulary vocabulary) {
    this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
  }

  /** Required localized text with an English entry. */
  public Translations text(Input in) {
    if (!in.present()) {
      in.problem(ProblemCode.REQUIRED, "is required (with an " + Translations.ENGLISH + " text)");
      return null;
    }
    return optionalText(in);
  }

  /** Localized text, or null when absent; when present it must have an English entry. */
  public Translations optionalText(Input in) {
    if (!in.present()) {
      return null;
    }
    Map<String, String> byLocale = new LinkedHashMap<>();
    boolean complete = true;
    if (in.isMap()) {
      for (Object key : in.map().keySet()) {
        complete &= put(byLocale, new Input(key, in.path().field(String.valueOf(key)), in.problems()).locale(),
            in.field(String.valueOf(key)));
      }
    } else {
      for (Input entry : in.list()) {
        entry.onlyFields(Set.of("locale", "text"));
        Input locale = entry.field("locale");
        complete &= put(byLocale, locale.locale(), entry.field("text"));
      }
    }
    if (!byLocale.containsKey(Translations.ENGLISH)) {
      if (complete) {
        in.problem(ProblemCode.MISSING_ENGLISH, "needs an " + Translations.ENGLISH + " text");
      }
      return null;
    }
    return complete ? new Translations(byLocale) : null;
  }

  private static boolean put(Map<String, String> byLocale, String locale, Input text) {
    String value = text.requiredString();
    if (locale == null || value == null) {
      return false;
    }
    if (byLocale.putIfAbsent(locale, value) != null) {
      text.problem(ProblemCode.DUPLICATE_LOCALE, "locale " + locale + " is given twice");
      return false;
    }
    return true;
  }

  public Term term(Input in) {
    in.onlyFields(TERM_FIELDS);
    String code = in.field("code").code();
    Translations name = text(in.field("name"));
    return code == null || name == null ? null : new Term(code, name);
  }

  public Credential credential(Input in) {
    in.onlyFields(CREDENTIAL_FIELDS);
    String code = in.field("code").code();
    CredentialKind kind = in.field("kind").enumValue(CredentialKind.class);
    Translations title = text(in.field("title"));
    Input urlIn = in.field("url");
    String url = urlIn.url();
    if (code == null || kind == null || title == null || (urlIn.present() && url == null)) {
      return null;
    }
    return new Credential(code, kind, title, url);
  }

  /** Terms with unique codes. */
  public List<Term> terms(Input in) {
    List<Term> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Input element : in.list()) {
      Term term = term(element);
      if (term != null && unique(seen, term.code(), element.field("code"), ProblemCode.DUPLICATE_CODE)) {
        out.add(term);
      }
    }
    return out;
  }

  public List<Credential> credentials(Input in) {
    List<Credential> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Input element : in.list()) {
      Credential credential = credential(element);
      if (credential != null && unique(seen, credential.code(), element.field("code"), ProblemCode.DUPLICATE_CODE)) {
        out.add(credential);
      }
    }
    return out;
  }

  public Competency competency(Input in) {
    in.onlyFields(COMPETENCY_FIELDS);
    String slug = in.field("slug").slug();
    Translations name = text(in.field("name"));
    Translations description = descriptionOf(in);
    List<Option> options = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Input element : in.field("options").list()) {
      Option option = option(element, slug == null ? "?" : slug);
      if (option != null && unique(seen, option.slug(), element.field("slug"), ProblemCode.DUPLICATE_SLUG)) {
        options.add(option);
      }
    }
    if (slug == null || name == null || description == null || !in.problems().isEmpty()) {
      return null;
    }
    return new Competency(slug, name, description, options);
  }

  /** An option of competency {@code competency}, with its tiers. */
  public Option option(Input in, String competency) {
    in.onlyFields(OPTION_FIELDS);
    String slug = in.field("slug").slug();
    Translations name = text(in.field("name"));
    Translations description = descriptionOf(in);
    List<Tier> tiers = new ArrayList<>();
    Set<String> slugs = new HashSet<>();
    Map<Integer, String> ranks = new HashMap<>();
    for (Input element : in.field("tiers").list()) {
      Tier tier = tier(element, competency, slug == null ? "?" : slug);
      if (tier == null || !unique(slugs, tier.slug(), element.field("slug"), ProblemCode.DUPLICATE_SLUG)) {
        continue;
      }
      String other = ranks.putIfAbsent(tier.rank(), tier.slug());
      if (other != null) {
        element.field("rank").problem(ProblemCode.DUPLICATE_RANK, "rank " + tier.rank() + " is already taken by tier '" + other + "'");
        continue;
      }
      tiers.add(tier);
    }
    if (slug == null || name == null || description == null) {
      return null;
    }
    return new Option(competency, slug, name, description, tiers);
  }

  /** Descriptions are optional in input; an absent one is an empty English text. */
  private Translations descriptionOf(Input in) {
    Input description = in.field("description");
    return description.present() ? optionalText(description) : Translations.english("");
  }

  public Tier tier(Input in, String competency, String option) {
    in.onlyFields(TIER_FIELDS);
    String slug = in.field("slug").slug();
    Integer rank = rank(in.field("rank"));
    Translations name = text(in.field("name"));
    if (slug == null) {
      requirements(in.field("requirements"), new TierPath(competency, option, "?"));
      return null;
    }
    TierPath path = new TierPath(competency, option, slug);
    List<Requirement> requirements = requirements(in.field("requirements"), path);
    if (rank == null || name == null || requirements == null) {
      return null;
    }
    return new Tier(path, rank, name, requirements);
  }

  public Integer rank(Input in) {
    Integer rank = in.requiredInteger();
    if (rank != null && rank < 1) {
      in.problem(ProblemCode.INVALID_VALUE, "rank must be 1 or more (got " + rank + ")");
      return null;
    }
    return rank;
  }

  /** A tier's requirements, or null when any of them is wrong. */
  public List<Requirement> requirements(Input in, TierPath tier) {
    List<Requirement> out = new ArrayList<>();
    boolean complete = true;
    List<Input> elements = in.nonEmptyList();
    for (int i = 0; i < elements.size(); i++) {
      Requirement requirement = requirement(elements.get(i), tier, i);
      complete &= requirement != null;
      if (requirement != null) {
        out.add(requirement);
      }
    }
    return complete && !elements.isEmpty() ? out : null;
  }

  private Requirement requirement(Input in, TierPath tier, int position) {
    in.onlyFields(REQUIREMENT_FIELDS);
    Input performance = in.field("performance");
    Input skill = in.field("skill");
    if (performance.present() == skill.present()) {
      in.problem(ProblemCode.INVALID_VALUE, "give exactly one of 'performance' or 'skill'");
      return null;
    }
    return performance.present() ? performance(performance, tier, position) : skill(skill, tier, position);
  }

  private PerformanceRequirement performance(Input in, TierPath tier, int position) {
    in.onlyFields(PERFORMANCE_FIELDS);
    Translations title = text(in.field("title"));
    List<Translations> notes = notes(in.field("notes"));
    List<MetricThreshold> metrics = new ArrayList<>();
    Set<Metric> seen = new HashSet<>();
    boolean complete = true;
    for (Input element : in.field("metrics").nonEmptyList()) {
      MetricThreshold metric = metric(element);
      complete &= metric != null;
      if (metric != null && !seen.add(metric.metric())) {
        element.field("metric").problem(ProblemCode.DUPLICATE_METRIC, "metric " + metric.metric() + " is given twice");
        complete = false;
      }
      if (metric != null) {
        metrics.add(metric);
      }
    }
    List<String> workloads = codes(in.field("eligibleWorkloads"), vocabulary.workloads(), ProblemCode.UNKNOWN_WORKLOAD, "workload");
    boolean excludesTrials = in.field("excludesTrials").bool(true);
    List<String> associations = codes(in.field("qualifyingAssociations"), vocabulary.associationTypes(),
        ProblemCode.UNKNOWN_ASSOCIATION, "association type");
    if (title == null || notes == null || !complete || metrics.isEmpty() || workloads == null || associations == null) {
      return null;
    }
    return new PerformanceRequirement(tier, position, title, notes, metrics, workloads, excludesTrials, associations);
  }

  private MetricThreshold metric(Input in) {
    in.onlyFields(METRIC_FIELDS);
    Metric metric = in.field("metric").enumValue(Metric.class);
    Input windowIn = in.field("windowMonths");
    Integer window = windowIn.integer();
    if (window != null && window < 1) {
      windowIn.problem(ProblemCode.INVALID_VALUE, "window must be 1 month or more (got " + window + ")");
      window = null;
    }
    if (metric == Metric.NEW_CUSTOMERS && !windowIn.present()) {
      windowIn.problem(ProblemCode.REQUIRED, "NEW_CUSTOMERS counts customers inside a window: give windowMonths");
    }
    List<MarketThreshold> thresholds = new ArrayList<>();
    Set<String> markets = new HashSet<>();
    boolean complete = true;
    for (Input element : in.field("thresholds").nonEmptyList()) {
      MarketThreshold threshold = threshold(element);
      complete &= threshold != null;
      if (threshold == null) {
        continue;
      }
      String key = threshold.market() == null ? "*" : threshold.market();
      if (!markets.add(key)) {
        element.field("market").problem(ProblemCode.DUPLICATE_MARKET, threshold.market() == null
            ? "only one threshold may apply to every market" : "market " + threshold.market() + " has two thresholds");
        complete = false;
      }
      thresholds.add(threshold);
    }
    if (metric == null || !complete || thresholds.isEmpty() || (windowIn.present() && window == null)
        || (metric == Metric.NEW_CUSTOMERS && window == null)) {
      return null;
    }
    return new MetricThreshold(metric, window, thresholds);
  }

  private MarketThreshold threshold(Input in) {
    in.onlyFields(THRESHOLD_FIELDS);
    Input marketIn = in.field("market");
    String market = null;
    boolean marketOk = true;
    if (marketIn.present()) {
      market = marketIn.code();
      marketOk = market != null && known(marketIn, market, vocabulary.markets(), ProblemCode.UNKNOWN_MARKET, "market");
    }
    Input valueIn = in.field("value");
    Integer value = valueIn.requiredInteger();
    if (value != null && value < 0) {
      valueIn.problem(ProblemCode.NEGATIVE_THRESHOLD, "a threshold must not be negative (got " + value + ")");
      value = null;
    }
    Input descriptionIn = in.field("description");
    Translations description = optionalText(descriptionIn);
    if (!marketOk || value == null || (descriptionIn.present() && description == null)) {
      return null;
    }
    return new MarketThreshold(market, value, description);
  }

  private SkillRequirement skill(Input in, TierPath tier, int position) {
    in.onlyFields(SKILL_FIELDS);
    Translations title = text(in.field("title"));
    List<Translations> notes = notes(in.field("notes"));
    Input individualsIn = in.field("individuals");
    Integer individuals = individualsIn.requiredInteger();
    if (individuals != null && individuals < 1) {
      individualsIn.problem(ProblemCode.INVALID_VALUE, "at least 1 individual must be required (got " + individuals + ")");
      individuals = null;
    }
    List<QualificationPath> paths = new ArrayList<>();
    boolean complete = true;
    for (Input element : in.field("paths").nonEmptyList()) {
      QualificationPath path = path(element);
      complete &= path != null;
      if (path != null) {
        paths.add(path);
      }
    }
    if (title == null || notes == null || individuals == null || !complete || paths.isEmpty()) {
      return null;
    }
    return new SkillRequirement(tier, position, title, notes, individuals, paths);
  }

  private QualificationPath path(Input in) {
    in.onlyFields(PATH_FIELDS);
    Input descriptionIn = in.field("description");
    Translations description = optionalText(descriptionIn);
    List<CredentialChoice> choices = new ArrayList<>();
    boolean complete = true;
    for (Input element : in.field("choices").nonEmptyList()) {
      element.onlyFields(CHOICE_FIELDS);
      Input anyOf = element.field("anyOf");
      List<String> codes = anyOf.present() && !anyOf.list().isEmpty()
          ? codes(anyOf, vocabulary.credentials(), ProblemCode.UNKNOWN_CREDENTIAL, "credential")
          : null;
      if (codes == null && !anyOf.present()) {
        anyOf.problem(ProblemCode.REQUIRED, "is required");
      } else if (codes == null && anyOf.list().isEmpty()) {
        anyOf.problem(ProblemCode.EMPTY, "must not be empty");
      }
      complete &= codes != null;
      if (codes != null) {
        choices.add(new CredentialChoice(codes));
      }
    }
    if (!complete || choices.isEmpty() || (descriptionIn.present() && description == null)) {
      return null;
    }
    return new QualificationPath(description, choices);
  }

  /** Notes: a list of localized texts; absent means none. Null when any note is wrong. */
  public List<Translations> notes(Input in) {
    List<Translations> out = new ArrayList<>();
    boolean complete = true;
    for (Input element : in.list()) {
      Translations note = text(element);
      complete &= note != null;
      out.add(note);
    }
    return complete ? out : null;
  }

  /** A non-empty list of distinct known codes, or null with problems recorded. */
  private List<String> codes(Input in, Set<String> known, String unknownCode, String what) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean complete = true;
    for (Input element : in.nonEmptyList()) {
      String code = element.code();
      if (code == null || !known(element, code, known, unknownCode, what)) {
        complete = false;
      } else if (!seen.add(code)) {
        element.problem(ProblemCode.DUPLICATE_CODE, what + " " + code + " is listed twice");
        complete = false;
      } else {
        out.add(code);
      }
    }
    return complete && !out.isEmpty() ? out : null;
  }

  private static boolean known(Input in, String code, Set<String> known, String unknownCode, String what) {
    if (known.contains(code)) {
      return true;
    }
    in.problem(unknownCode, "unknown " + what + " '" + code + "'; known: " + known.stream().sorted().toList());
    return false;
  }

  private static boolean unique(Set<String> seen, String key, Input at, String code) {
    if (seen.add(key)) {
      return true;
    }
    at.problem(code, "'" + key + "' is given twice");
    return false;
  }
}
