package io.competency.http;

import java.util.Map;

/** A GraphQL request as received over HTTP, before its query is resolved from a persisted-query hash. */
record GraphqlRequest(String query, String operationName, Map<String, Object> variables, String persistedHash) {
}
