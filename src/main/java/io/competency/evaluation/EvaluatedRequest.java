package io.competency.evaluation;

import java.util.Objects;

/** An evaluation request with the result it produced, as {@link EvaluationCodec} stores and reads them back. */
public record EvaluatedRequest(EvaluationRequest request, EvaluationResult result) {
  public EvaluatedRequest {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(result, "result");
  }
}
