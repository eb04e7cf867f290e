package io.competency.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.competency.graphql.ErrorCode;
import io.competency.telemetry.Telemetry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Automatic persisted queries: a client sends {@code extensions.persistedQuery.sha256Hash}, alone once
 * the server knows it. A query is registered under its hash only once it has passed every check, so a
 * refused query is never kept.
 */
final class PersistedQueries {
  private final Cache<String, String> byHash;

  PersistedQueries(int capacity) {
    this.byHash = Caffeine.newBuilder().maximumSize(capacity).recordStats().build();
  }

  /** Reports its hits and misses as cache {@code persisted_queries}. */
  void monitor(Telemetry telemetry) {
    telemetry.monitor(byHash, "persisted_queries");
  }

  /** The query text of a request: as sent, or looked up by its hash. */
  String resolve(GraphqlRequest request) {
    String hash = request.persistedHash();
    if (hash == null) {
      if (request.query() == null || request.query().isBlank()) {
        throw new HttpProblem(400, ErrorCode.BAD_REQUEST, "the request has no query");
      }
      return request.query();
    }
    if (request.query() == null) {
      String known = byHash.getIfPresent(hash);
      if (known == null) {
        throw new HttpProblem(200, ErrorCode.PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound");
      }
      return known;
    }
    if (!sha256(request.query()).equalsIgnoreCase(hash)) {
      throw new HttpProblem(400, ErrorCode.PERSISTED_QUERY_HASH_MISMATCH, "the query does not match its sha256Hash");
    }
    return request.query();
  }

  /** Remembers a checked query that came with its hash. */
  void register(GraphqlRequest request) {
    if (request.persistedHash() != null && request.query() != null) {
      byHash.put(request.persistedHash(), request.query());
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
