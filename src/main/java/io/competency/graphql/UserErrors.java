package io.competency.graphql;

import io.competency.input.Problem;
import java.util.List;
import java.util.Map;

/** Input problems as the GraphQL {@code UserError} type: code, message and the field path into the arguments. */
final class UserErrors {
  private UserErrors() {
  }

  static List<Map<String, Object>> of(List<Problem> problems) {
    return problems.stream()
        .map(p -> Map.<String, Object>of("code", p.code(), "message", p.message(), "field", p.path().strings()))
        .toList();
  }
}
