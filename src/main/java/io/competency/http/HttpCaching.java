package io.competency.http;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * HTTP caching of {@code /graphql} answers. A catalog-only query sent with GET reads one immutable
 * catalog revision, so its answer is named by an {@code ETag} made of that revision, the negotiated
 * locale and media type, and the document with its operation name and variables; it may be kept for
 * {@code HTTP_CACHE_MAX_AGE} seconds and is then revalidated: an {@code If-None-Match} naming it is
 * answered 304 without running anything. Every other {@code /graphql} answer is {@code no-store}.
 * Every {@code /graphql} answer varies with the headers that shape it ({@link #VARY}).
 */
final class HttpCaching {
  /** What a {@code /graphql} answer depends on besides its URL: media type, compression, language, CORS. */
  static final String VARY = "Accept, Accept-Encoding, Accept-Language, Origin";

  private final int maxAgeSeconds;

  HttpCaching(int maxAgeSeconds) {
    this.maxAgeSeconds = maxAgeSeconds;
  }

  /** The weak entity tag of a catalog-only answer (weak: the same answer may be sent compressed or not). */
  static String etag(int revision, String locale, MediaType type, String query, String operationName, String variablesJson) {
    String key = locale + '\n' + type + '\n' + (operationName == null ? "" : operationName) + '\n' + variablesJson + '\n' + query;
    return "W/\"" + revision + "-" + sha256(key).substring(0, 32) + "\"";
  }

  /** Whether {@code ifNoneMatch} (the request header, or null) names {@code etag} (weak comparison). */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    String opaque = opaque(etag);
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.equals("*") || opaque(tag).equals(opaque)) {
        return true;
      }
    }
    return false;
  }

  /** Marks a cacheable answer: its entity tag, and how long it may be used before revalidation. */
  void cacheable(HttpServerResponse response, String etag) {
    response.putHeader("ETag", etag).putHeader("Cache-Control", "public, max-age=" + maxAgeSeconds + ", must-revalidate");
  }

  /** Answers 304 Not Modified: the client's copy named {@code etag} is current. */
  void notModified(HttpServerResponse response, String etag) {
    cacheable(response, etag);
    response.setStatusCode(304).end();
  }

  static void notCacheable(HttpServerResponse response) {
    response.putHeader("Cache-Control", "no-store");
  }

  /** What every {@code /graphql} answer starts with: what it varies with, and not to be stored (until shown cacheable). */
  static void graphqlDefaults(RoutingContext ctx) {
    ctx.response().putHeader("Vary", VARY);
    notCacheable(ctx.response());
    ctx.next();
  }

  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
