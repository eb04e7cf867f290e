package io.competency.http;

import io.competency.graphql.ErrorCode;

/** A request that cannot be run, with the HTTP status and error code it is answered with. */
final class HttpProblem extends RuntimeException {
  final int status;
  final ErrorCode code;

  HttpProblem(int status, ErrorCode code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }
}
