package io.competency.evaluation;

import io.competency.catalog.Option;
import io.competency.input.Problem;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@link EvaluationRequestReader#readPartnerWide} made of an {@code EvaluatePartnerInput}: the
 * partner's data, the market (a code), {@code asOf} (the default filled in), the integrator's reference
 * (may be null) and the options to evaluate, in catalog order; or every problem found (and the other
 * fields null).
 */
public record PartnerWideRequest(String market, LocalDate asOf, PartnerData partner, String reference, List<Option> options,
    List<Problem> problems) {

  public PartnerWideRequest {
    options = options == null ? null : List.copyOf(options);
    problems = List.copyOf(problems);
  }

  static PartnerWideRequest failed(List<Problem> problems) {
    return new PartnerWideRequest(null, null, null, null, null, problems);
  }

  public boolean ok() {
    return problems.isEmpty();
  }

  /** The request to evaluate {@code option} with this data, as {@code evaluate} would have read it. */
  public EvaluationRequest forOption(Option option) {
    return new EvaluationRequest(option.competency(), option.slug(), market, asOf, partner, reference);
  }
}
