package io.competency.graphql;

import io.competency.input.Problem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Input problems as the GraphQL {@code UserError} type: code, message and the field path into the arguments. */
final class UserErrors {
  private UserErrors() {
  }

  /** A mutation's payload: its result field (null when rejected), {@code userErrors} and the {@code clientMutationId} echoed. */
  static Map<String, Object> payload(String resultField, Object result, List<Problem> problems, Map<String, Object> input) {
    Map<String, Object> payload = new HashMap<>();
    payload.put(resultField, result);
    payload.put("userErrors", of(problems));
    payload.put("clientMutationId", input.get("clientMutationId"));
    return payload;
  }

  static List<Map<String, Object>> of(List<Problem> problems) {
    return problems.stream()
        .map(p -> Map.<String, Object>of("code", p.code(), "message", p.message(), "field", p.path().strings()))
        .toList();
  }
}
