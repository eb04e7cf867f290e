package io.competency.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A partner's data to evaluate against the tiers of one option, in one market, as of one date.
 * {@code option} may be null before {@link EvaluationRequestReader} resolves it (it fills in the slug of
 * the only option of a competency); {@code reference} is the integrator's own label and may be null.
 */
public record EvaluationRequest(
    String competency,
    String option,
    String market,
    LocalDate asOf,
    PartnerData partner,
    String reference) {

  public EvaluationRequest {
    Objects.requireNonNull(competency, "competency");
    Objects.requireNonNull(market, "market");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(partner, "partner");
  }

  /** A request with customers and individuals only. */
  public EvaluationRequest(String competency, String option, String market, LocalDate asOf, List<CustomerData> customers,
      List<IndividualData> individuals, String reference) {
    this(competency, option, market, asOf, new PartnerData(customers, individuals), reference);
  }

  public List<CustomerData> customers() {
    return partner.customers();
  }

  public List<IndividualData> individuals() {
    return partner.individuals();
  }
}
