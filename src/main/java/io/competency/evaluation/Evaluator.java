package io.competency.evaluation;

import io.competency.catalog.Credential;
import io.competency.catalog.CredentialChoice;
import io.competency.catalog.Option;
import io.competency.catalog.PerformanceRequirement;
import io.competency.catalog.QualificationPath;
import io.competency.catalog.Requirement;
import io.competency.catalog.SkillRequirement;
import io.competency.catalog.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs a partner's data against every tier of an option. Pure and generic: it knows nothing of any
 * particular competency, and takes any number of tiers, metrics and roles. The partner's data is read
 * once into a {@link PartnerIndex}, which one partner judged against many options shares: each
 * performance requirement then visits the facts of its eligible workloads only, and each skill
 * requirement the people, looking codes up in hash sets. {@link PerformanceTally} counts performance
 * requirements (metrics, windows, exclusions, authorizations), {@link SkillAssignment} skill
 * requirements (people assigned to roles), and {@link NextSteps} plans what the next tier still needs.
 *
 * <p>The required value of a metric is the threshold for the market, else the all-markets threshold.
 * When neither exists the metric does not apply in that market: required 0, so it is met; the actual
 * count is still reported. A tier is met when all its requirements are; see {@link EvaluationResult}
 * for the achieved and next tier.
 *
 * <p>Notices. For each person counted by a skill requirement, each choice of the path they fill is
 * satisfied by a credential they hold that is neither retired nor retiring when they have one, else
 * by the first they hold; a credential so used that has retired by {@code asOf}, or retires within
 * {@value Notice#RETIRING_WITHIN_DAYS} days of it, gives one notice for the whole evaluation.
 */
public final class Evaluator {
  private final Function<String, Credential> credentials;

  /** An evaluator that knows no credential's retirement date: its results carry no notices. */
  public Evaluator() {
    this(code -> null);
  }

  /** An evaluator that looks credentials up by code (null for an unknown code) to tell retiring ones. */
  public Evaluator(Function<String, Credential> credentials) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
  }

  /**
   * Judges every tier of {@code option} for {@code partner} in {@code market} as of {@code asOf}. The
   * input is taken as given (codes are not checked against a catalog: unknown ones simply never match);
   * read untrusted input with {@link EvaluationRequestReader} first.
   */
  public EvaluationResult evaluate(Option option, String market, LocalDate asOf, PartnerData partner) {
    Objects.requireNonNull(partner, "partner");
    return evaluate(option, market, asOf, PartnerIndex.of(partner));
  }

  /**
   * Judges every tier of {@code option} for the partner {@code index} lays out: the form to use when
   * one partner is judged against several options, each of them reading only what it needs of the index.
   */
  public EvaluationResult evaluate(Option option, String market, LocalDate asOf, PartnerIndex index) {
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(market, "market");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(index, "index");
    Notices notices = new Notices(asOf, index);
    List<TierResult> tiers = new ArrayList<>();
    for (Tier tier : option.tiers()) {
      List<RequirementResult> results = new ArrayList<>();
      for (Requirement requirement : tier.requirements()) {
        RequirementResult result = requirement instanceof PerformanceRequirement performance
            ? PerformanceTally.judge(performance, market, asOf, index)
            : SkillAssignment.judge((SkillRequirement) requirement, index.individuals(), index.held(), index.firstOfId());
        notices.collect(result);
        results.add(result);
      }
      tiers.add(new TierResult(tier, results.stream().allMatch(RequirementResult::met), results));
    }
    return verdict(market, asOf, tiers, notices.all(), index);
  }

  /** Judges customers and individuals only: no shipments, no authorizations. */
  public EvaluationResult evaluate(Option option, String market, LocalDate asOf, List<CustomerData> customers,
      List<IndividualData> individuals) {
    Objects.requireNonNull(customers, "customers");
    Objects.requireNonNull(individuals, "individuals");
    return evaluate(option, market, asOf, new PartnerData(customers, individuals));
  }

  private static EvaluationResult verdict(String market, LocalDate asOf, List<TierResult> tiers, List<Notice> notices,
      PartnerIndex index) {
    int achieved = -1;
    for (int i = 0; i < tiers.size(); i++) {
      if (tiers.get(i).met()) {
        achieved = i;
      }
    }
    TierResult next = null;
    for (int i = achieved + 1; i < tiers.size() && next == null; i++) {
      next = tiers.get(i).met() ? null : tiers.get(i);
    }
    return new EvaluationResult(market, asOf, tiers, achieved < 0 ? null : tiers.get(achieved).tier(),
        next == null ? null : next.tier(), notices, next == null ? List.of() : NextSteps.toMeet(next, index));
  }

  /** The notices of one evaluation, each credential once, in the order first met. */
  private final class Notices {
    private final LocalDate asOf;
    private final PartnerIndex index;
    private final Set<Notice> found = new LinkedHashSet<>();

    Notices(LocalDate asOf, PartnerIndex index) {
      this.asOf = asOf;
      this.index = index;
    }

    void collect(RequirementResult result) {
      if (!(result instanceof SkillResult skill)) {
        return;
      }
      for (QualifiedIndividual person : skill.qualifiedIndividuals()) {
        QualificationPath path = skill.requirement().roles().get(person.role()).paths().get(person.path());
        Set<String> credentialsHeld = index.held().get(index.individualPosition(person.id()));
        for (CredentialChoice choice : path.choices()) {
          String used = used(choice, credentialsHeld);
          Notice notice = used == null ? null : notice(used);
          if (notice != null) {
            found.add(notice);
          }
        }
      }
    }

    /** The credential a choice is satisfied by: one that gives no notice when the person holds one. */
    private String used(CredentialChoice choice, Set<String> credentialsHeld) {
      String first = null;
      for (String code : choice.anyOf()) {
        if (credentialsHeld.contains(code)) {
          if (notice(code) == null) {
            return null;
          }
          first = first == null ? code : first;
        }
      }
      return first;
    }

    private Notice notice(String code) {
      Credential credential = credentials.apply(code);
      LocalDate retiresOn = credential == null ? null : credential.retiresOn();
      if (retiresOn == null || asOf.isBefore(retiresOn.minusDays(Notice.RETIRING_WITHIN_DAYS))) {
        return null;
      }
      return new Notice(asOf.isAfter(retiresOn) ? Notice.CREDENTIAL_RETIRED : Notice.CREDENTIAL_RETIRING, code);
    }

    List<Notice> all() {
      return List.copyOf(found);
    }
  }
}
