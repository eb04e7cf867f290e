package io.competency.http;

import java.util.Locale;

/**
 * The two media types a GraphQL response is sent as (GraphQL over HTTP), and which one a request's
 * {@code Accept} header asks for.
 *
 * <p>{@code application/graphql-response+json} is the specification's own: with it, a request that
 * cannot be executed (a document that does not parse or validate, variables that do not coerce) is
 * answered 400. {@code application/json} is the older one: such requests are answered 200, with the
 * errors in the body. Without an {@code Accept} header, or with only wildcards, a client gets
 * {@code application/json}, as before; a client that accepts both gets the one it prefers (by
 * {@code q}), {@code application/graphql-response+json} on a tie.
 */
enum MediaType {
  GRAPHQL_RESPONSE("application/graphql-response+json"),
  JSON("application/json");

  private final String name;

  MediaType(String name) {
    this.name = name;
  }

  /** The {@code Content-Type} of a response of this type. */
  String contentType() {
    return name + "; charset=utf-8";
  }

  /** The type {@code accept} (a request's {@code Accept} header, or null) asks for; null when it accepts neither. */
  static MediaType negotiate(String accept) {
    if (accept == null || accept.isBlank()) {
      return JSON;
    }
    MediaType best = null;
    double bestQ = 0;
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      if (parts.length == 0) {
        continue;
      }
      String type = parts[0].trim().toLowerCase(Locale.ROOT);
      double q = quality(parts);
      MediaType candidate = switch (type) {
        case "application/graphql-response+json" -> GRAPHQL_RESPONSE;
        case "application/json", "application/*", "*/*" -> JSON;
        default -> null;
      };
      if (candidate == null || q <= 0) {
        continue;
      }
      if (q > bestQ || q == bestQ && candidate == GRAPHQL_RESPONSE && !type.contains("*")) {
        best = candidate;
        bestQ = q;
      }
    }
    return best;
  }

  private static double quality(String[] parameters) {
    for (int i = 1; i < parameters.length; i++) {
      String[] pair = parameters[i].split("=", 2);
      if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("q")) {
        try {
          double q = Double.parseDouble(pair[1].trim());
          return q >= 0 && q <= 1 ? q : 0;
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }
}
