package io.competency.evaluation;

import io.competency.catalog.CatalogSnapshot;
import io.competency.catalog.Credential;
import io.competency.catalog.CredentialChoice;
import io.competency.catalog.MarketThreshold;
import io.competency.catalog.MetricThreshold;
import io.competency.catalog.PerformanceRequirement;
import io.competency.catalog.QualificationPath;
import io.competency.catalog.SkillRole;
import io.competency.catalog.Term;
import io.competency.catalog.Translations;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Human explanations of requirement verdicts, plan steps and evaluation notices, generated (not translated) for
 * each of {@link #SUPPORTED_LOCALES}, with numbers, money and dates formatted and nouns pluralized for
 * the locale: "Met: 2,150 active entitlements counted against 2,000 required in Developed markets (3
 * deployments excluded)." Money is formatted by the JDK's currency format for the locale, in US
 * dollars. Any other locale gets English; the caller decides whether to flag that as a fallback.
 *
 * <p>An instance explains the results of one evaluation, whose market it names: a threshold that is
 * the market's own is said to apply "in" it, an all-markets threshold is not qualified, and a metric
 * with no threshold for the market is said not to apply there. Missing authorizations are named. The
 * deployment count in parentheses covers the deployments left out for what they are (workload, trial,
 * association); those left out for their dates ({@link ExclusionReason#OUTSIDE_WINDOW},
 * {@link ExclusionReason#MISSING_DATE}) show in the windowed counts instead. A skill
 * requirement with several roles names, for each short role, how many more people it needs and what they
 * must hold, and who already fills another role while holding it. Instances are immutable and safe to
 * share.
 */
public final class Explanations {
  public static final List<String> SUPPORTED_LOCALES = List.of(Translations.ENGLISH, "ru-RU", "ko-KR");
  private static final Map<String, String> DOLLAR_SYMBOLS = Map.of("en", "US$", "ru", "долл. США");
  /** The reasons counted in parentheses: what a deployment is, not its date. */
  private static final Set<ExclusionReason> LEFT_OUT_FOR_WHAT_THEY_ARE = EnumSet.of(ExclusionReason.INELIGIBLE_WORKLOAD,
      ExclusionReason.TRIAL, ExclusionReason.NO_QUALIFYING_ASSOCIATION);
  /** People named as already filling another role, at most, per short role. */
  private static final int NAMED_PEOPLE = 3;

  private final Term market;
  private final Function<String, Term> authorizations;
  private final Function<String, Credential> credentials;

  /** Explanations for results evaluated in {@code market}; authorizations are named by their codes. */
  public Explanations(Term market) {
    this(market, code -> null, code -> null);
  }

  /**
   * Explanations for results evaluated in {@code market}, naming authorizations by their terms and
   * dating notices by their credentials (either lookup may return null: the code is used instead).
   */
  public Explanations(Term market, Function<String, Term> authorizations, Function<String, Credential> credentials) {
    this.market = Objects.requireNonNull(market, "market");
    this.authorizations = Objects.requireNonNull(authorizations, "authorizations");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
  }

  /**
   * Explanations for results evaluated in the market with this code; a market the snapshot no longer
   * has (an old evaluation read back) is named by its code.
   */
  public static Explanations of(CatalogSnapshot snapshot, String market) {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(market, "market");
    Term term = snapshot.market(market);
    return new Explanations(term == null ? new Term(market, Translations.english(market)) : term, snapshot::authorization,
        snapshot::credential);
  }

  /** Whether explanations are written in {@code locale} (a BCP 47 tag such as {@code ru-RU}) rather than falling back to English. */
  public static boolean supports(String locale) {
    return locale != null && SUPPORTED_LOCALES.contains(Locale.forLanguageTag(locale).toLanguageTag());
  }

  /**
   * Whole US dollars in the currency format of {@code locale}, as the JDK has it, with the symbol the
   * program's pages write where the JDK's plain {@code $} would not say which dollar: {@code US$100,000}
   * in English (and, by the JDK, in Korean), {@code 100 000 долл. США} in Russian.
   */
  static NumberFormat dollars(Locale locale) {
    DecimalFormat format = (DecimalFormat) NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(Currency.getInstance("USD"));
    String symbol = DOLLAR_SYMBOLS.get(locale.getLanguage());
    if (symbol != null) {
      DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
      symbols.setCurrencySymbol(symbol);
      format.setDecimalFormatSymbols(symbols);
    }
    format.setMaximumFractionDigits(0);
    format.setMinimumFractionDigits(0);
    return format;
  }

  /** The explanation of {@code result} in {@code locale}, or in English when that locale is not supported. */
  public String explain(RequirementResult result, String locale) {
    Objects.requireNonNull(result, "result");
    String tag = tag(locale);
    Wording wording = wording(tag);
    if (result instanceof SkillResult skill) {
      return skill(skill, wording);
    }
    return performance((PerformanceResult) result, wording, tag);
  }

  /** The message of {@code notice}, an evaluation made as of {@code asOf}, in {@code locale} (else English). */
  public String explain(Notice notice, java.time.LocalDate asOf, String locale) {
    Objects.requireNonNull(notice, "notice");
    Objects.requireNonNull(asOf, "asOf");
    Wording wording = wording(tag(locale));
    Credential credential = credentials.apply(notice.credential());
    if (credential == null || credential.retiresOn() == null) {
      return notice.credential();
    }
    return notice.code().equals(Notice.CREDENTIAL_RETIRED)
        ? wording.retired(notice.credential(), credential.retiresOn())
        : wording.retiring(notice.credential(), credential.retiresOn(), (int) ChronoUnit.DAYS.between(asOf, credential.retiresOn()));
  }

  /**
   * The explanation of one plan step in {@code locale} (else English): what to count and how much more
   * (in the metric's unit, with its window and the market when the threshold is the market's own), which
   * authorization to obtain (by its localized name), or who earns which credential (by code; a person the
   * plan adds is named by number).
   */
  public String explain(NextStep step, String locale) {
    Objects.requireNonNull(step, "step");
    String tag = tag(locale);
    Wording wording = wording(tag);
    return switch (step.kind()) {
      case RAISE_METRIC -> raise(step, wording, tag);
      case GAIN_AUTHORIZATION -> {
        Term term = authorizations.apply(step.authorization());
        yield wording.gainAuthorization(term == null ? step.authorization() : name(term, tag));
      }
      case EARN_CREDENTIAL -> wording.earnCredential(
          step.individualId() != null ? step.individualId() : wording.newIndividual(step.newIndividual()),
          step.anyOf().size() == 1 ? step.anyOf().get(0) : wording.oneOf(step.anyOf()));
    };
  }

  private String raise(NextStep step, Wording wording, String locale) {
    MetricThreshold threshold = ((PerformanceRequirement) step.requirement()).metrics().stream()
        .filter(m -> m.metric() == step.metric()).findFirst().orElse(null);
    MarketThreshold applied = threshold == null ? null : threshold.thresholdFor(market.code());
    String where = applied != null && applied.market() != null ? name(market, locale) : null;
    return wording.raiseMetric(step.metric(), threshold == null ? null : threshold.windowMonths(), step.amount(), where);
  }

  private static String tag(String locale) {
    return supports(locale) ? Locale.forLanguageTag(locale).toLanguageTag() : Translations.ENGLISH;
  }

  private String performance(PerformanceResult result, Wording wording, String locale) {
    PerformanceRequirement requirement = result.requirement();
    String marketName = name(market, locale);
    List<String> clauses = new ArrayList<>();
    boolean alone = result.metrics().size() == 1 && result.missingAuthorizations().isEmpty();
    for (int i = 0; i < result.metrics().size(); i++) {
      MetricResult metric = result.metrics().get(i);
      MetricThreshold threshold = i < requirement.metrics().size() ? requirement.metrics().get(i) : null;
      clauses.add(clause(metric, threshold, wording, marketName, alone));
    }
    if (!result.missingAuthorizations().isEmpty()) {
      clauses.add(wording.missingAuthorizations(result.missingAuthorizations().stream()
          .map(code -> {
            Term term = authorizations.apply(code);
            return term == null ? code : name(term, locale);
          }).toList()));
    }
    int deployments = DeploymentExclusions.count(result.excludedDeployments(), LEFT_OUT_FOR_WHAT_THEY_ARE);
    String details = String.join("; ", clauses) + wording.excluded(deployments, result.excludedRevenue().size());
    return wording.verdict(result.met(), details);
  }

  private String clause(MetricResult metric, MetricThreshold threshold, Wording wording, String marketName, boolean alone) {
    MarketThreshold applied = threshold == null ? null : threshold.thresholdFor(market.code());
    if (threshold != null && applied == null) {
      return wording.metricNotApplicable(metric.metric(), marketName);
    }
    String where = applied != null && applied.market() != null ? marketName : null;
    Integer window = threshold == null ? null : threshold.windowMonths();
    return metric.met()
        ? wording.metricMet(metric.metric(), window, metric.actual(), metric.required(), where)
        : wording.metricNotMet(metric.metric(), window, metric.actual(), metric.required(), metric.shortfall(), where, alone);
  }

  private static String skill(SkillResult skill, Wording wording) {
    if (skill.met()) {
      return wording.verdict(true, wording.skillMet(skill.actual(), skill.required()));
    }
    StringBuilder details = new StringBuilder(wording.skillNotMet(skill.actual(), skill.required(), skill.shortfall()));
    List<SkillRole> roles = skill.requirement().roles();
    if (roles.size() > 1) {
      for (SkillRoleResult role : skill.roles()) {
        if (role.met()) {
          continue;
        }
        details.append("; ").append(wording.roleShort(role.shortfall(), qualification(roles.get(role.role()), wording)));
        role.filledElsewhere().stream().limit(NAMED_PEOPLE).forEach(id -> details.append("; ")
            .append(wording.alreadyFills(id, qualification(roles.get(roleOf(skill, id)), wording))));
      }
    }
    return wording.verdict(false, details.toString());
  }

  private static int roleOf(SkillResult skill, String id) {
    return skill.qualifiedIndividuals().stream().filter(q -> q.id().equals(id)).findFirst().map(QualifiedIndividual::role).orElse(0);
  }

  /** What a role asks for, by credential codes: "one of A, B and C", "A and B or D". */
  private static String qualification(SkillRole role, Wording wording) {
    List<String> paths = new ArrayList<>();
    for (QualificationPath path : role.paths()) {
      List<String> choices = new ArrayList<>();
      for (CredentialChoice choice : path.choices()) {
        choices.add(choice.anyOf().size() == 1 ? choice.anyOf().get(0) : wording.oneOf(choice.anyOf()));
      }
      paths.add(wording.allOf(choices));
    }
    return wording.anyOf(paths);
  }

  private static String name(Term term, String locale) {
    String name = term.name().in(locale);
    return name == null ? term.name().english() : name;
  }

  /**
   * The wording of {@code locale}, one per thread: a wording holds number formats, which are costly to
   * make and not safe to share between threads, and every requirement result of every response needs one.
   */
  private static Wording wording(String locale) {
    return switch (locale) {
      case "ru-RU" -> RUSSIAN.get();
      case "ko-KR" -> KOREAN.get();
      default -> ENGLISH.get();
    };
  }

  private static final ThreadLocal<Wording> RUSSIAN = ThreadLocal.withInitial(RussianWording::new);
  private static final ThreadLocal<Wording> KOREAN = ThreadLocal.withInitial(KoreanWording::new);
  private static final ThreadLocal<Wording> ENGLISH = ThreadLocal.withInitial(EnglishWording::new);
}
