package io.competency.graphql;

/**
 * The {@code extensions.code} of every top-level error, and what a client should do about it.
 * Problems with a mutation's input are not errors but {@code userErrors} in its payload.
 */
public enum ErrorCode implements graphql.ErrorClassification {
  /** The request is not a GraphQL request (bad JSON, missing query, bad variables). Fix the request. */
  BAD_REQUEST,
  /** The query does not parse. Fix the query. */
  GRAPHQL_PARSE_FAILED,
  /** The query does not validate against the schema. Fix the query. */
  GRAPHQL_VALIDATION_FAILED,
  /**
   * A variable or argument has a value its type does not allow, or one the database cannot store (found
   * there rather than by the checks before it). Fix the value; retrying it unchanged cannot succeed.
   */
  BAD_USER_INPUT,
  /** The operation needs an API key and none, an unknown or a revoked one was sent. Send a valid key. */
  UNAUTHENTICATED,
  /** The key's role may not run this operation. Use a key with the right role. */
  FORBIDDEN,
  /** No endpoint has this path. The endpoints are /graphql, /graphiql, /schema.graphql, /health, /ready and /metrics. */
  NOT_FOUND,
  /** The endpoint does not answer this method (a mutation sent with GET, say); the Allow header lists those it does. */
  METHOD_NOT_ALLOWED,
  /** The {@code Accept} header accepts neither {@code application/graphql-response+json} nor {@code application/json}. */
  NOT_ACCEPTABLE,
  /** The body is not {@code application/json}. */
  UNSUPPORTED_MEDIA_TYPE,
  /** The request body exceeds the configured limit. Send less. */
  PAYLOAD_TOO_LARGE,
  /** The request line (the URL) is longer than the server reads. Send the query with POST. */
  URI_TOO_LONG,
  /** The request headers are larger than the server reads. Send fewer or smaller headers. */
  HEADERS_TOO_LARGE,
  /** The request's headers or body did not arrive in time (HTTP_REQUEST_TIMEOUT). Send it again, whole. */
  REQUEST_TIMEOUT,
  /** The query text exceeds the configured limit. Shorten it or use a persisted query. */
  QUERY_TOO_LARGE,
  /** The query nests deeper than the limit. */
  QUERY_TOO_DEEP,
  /** The query selects more fields than the limit. Split it. */
  QUERY_TOO_COMPLEX,
  /** The query uses more aliases than the limit. */
  TOO_MANY_ALIASES,
  /** Introspection is turned off on this server. */
  INTROSPECTION_DISABLED,
  /** The hash of an automatic persisted query is unknown here: resend it with the query text. */
  PERSISTED_QUERY_NOT_FOUND,
  /** A persisted query's text does not match its hash. */
  PERSISTED_QUERY_HASH_MISMATCH,
  /** The database is unreachable or timed out, and nothing else. Retry later; catalog reads keep working. */
  UNAVAILABLE,
  /** A fault on the server (it is logged with its stack trace). Retrying may not help; report it if it persists. */
  INTERNAL
}
