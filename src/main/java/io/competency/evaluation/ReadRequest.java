package io.competency.evaluation;

import io.competency.catalog.Option;
import io.competency.input.Problem;
import io.competency.catalog.Term;
import java.util.List;

/**
 * What {@link EvaluationRequestReader} made of an input: either a request ready to evaluate, with the
 * option and market it resolved, or every problem found (and the other fields null).
 */
public record ReadRequest(EvaluationRequest request, Option option, Term market, List<Problem> problems) {
  public ReadRequest {
    problems = List.copyOf(problems);
  }

  static ReadRequest of(EvaluationRequest request, Option option, Term market) {
    return new ReadRequest(request, option, market, List.of());
  }

  static ReadRequest failed(List<Problem> problems) {
    return new ReadRequest(null, null, null, problems);
  }

  public boolean ok() {
    return problems.isEmpty();
  }
}
