package io.competency.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The evaluations one partner-wide call made from one partner's data, one per option, in the order
 * they are answered in, kept and read back together: who made them ({@code owner}), the retry key they
 * were made with (may be null), a digest of the input, when. Each member is an {@link Evaluation} of its
 * own (same owner, digest and time), readable by its id. The first member carries the set's retry key and
 * the others none: a store that keeps one evaluation per retry key then refuses the key to a single
 * evaluation as it would to another, so one key names one request of its owner, whichever mutation sent
 * it first.
 */
public record EvaluationSet(UUID id, String owner, String clientMutationId, String inputDigest, Instant createdAt,
    List<Evaluation> evaluations) {

  public EvaluationSet {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(inputDigest, "inputDigest");
    Objects.requireNonNull(createdAt, "createdAt");
    evaluations = List.copyOf(evaluations);
  }
}
