package io.competency.input;

import java.util.Objects;

/** One thing wrong with an input: where it is, a stable machine-readable code and a message for people. */
public record Problem(FieldPath path, String code, String message) {
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
