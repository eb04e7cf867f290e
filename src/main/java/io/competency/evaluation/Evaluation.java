package io.competency.evaluation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A stored evaluation: who ran it ({@code owner}, the API key's name, the only caller who may read it),
 * the retry key it was run with, a digest of its input, the catalog revision it ran against, and the
 * request and result themselves.
 */
public record Evaluation(
    UUID id,
    String owner,
    String clientMutationId,
    String inputDigest,
    int catalogRevision,
    Instant createdAt,
    EvaluationRequest request,
    EvaluationResult result) {

  public Evaluation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(inputDigest, "inputDigest");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(result, "result");
  }
}
