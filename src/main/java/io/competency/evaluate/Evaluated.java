package io.competency.evaluate;

import io.competency.input.Problem;
import io.competency.evaluation.Evaluation;
import java.util.List;

/** What {@code evaluate} made of an input: the evaluation kept (a new one, or the first of a retry), or the problems that stopped it. */
public record Evaluated(Evaluation evaluation, List<Problem> problems) {
  public Evaluated {
    problems = List.copyOf(problems);
  }

  static Evaluated of(Evaluation evaluation) {
    return new Evaluated(evaluation, List.of());
  }

  static Evaluated rejected(List<Problem> problems) {
    return new Evaluated(null, problems);
  }
}
