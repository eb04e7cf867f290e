package io.competency.hostile;

import static io.competency.hostile.Attack.header;
import static io.competency.hostile.Attack.raw;
import static io.competency.hostile.Attack.rawMayClose;

import io.competency.support.TestKeys;
import java.util.ArrayList;
import java.util.List;

/**
 * Headers no well-behaved client sends — content types, Accept, Accept-Language, Authorization,
 * request ids, trace and cache headers — and HTTP that is broken below the headers: request lines,
 * header syntax, lengths and chunking, sent raw.
 */
final class HeaderGarbage {
  private static final String QUERY = "{ __typename }";
  private static final String MUTATION = "mutation { removeTier(input: {competency: \"a\", option: \"b\", slug: \"c\"}) { removedTierId } }";
  private static final String BODY = "{\"query\":\"{ __typename }\"}";

  private HeaderGarbage() {
  }

  static List<Attack> attacks() {
    List<Attack> attacks = new ArrayList<>();
    for (String type : List.of("application/json; charset=latin1", "application/json;charset=utf-16", "application/json;;;",
        "APPLICATION/JSON", "application/json ; charset = UTF-8", "application/jsonx", "application/json, text/plain",
        "application/graphql", "multipart/form-data; boundary=x", "text/plain", "*/*", "application/x-www-form-urlencoded",
        "application/json; boundary=" + "x".repeat(8_000))) {
      attacks.add(new Attack("Content-Type " + BadScalars.show(type),
          t -> Attack.Answer.of(t.client().request("POST", "/graphql").body(type, BODY).send())));
    }
    for (String accept : List.of(";;;", "application/graphql-response+json;q=abc", "*/*;q=-1", "application/*;q=2",
        "a".repeat(8_000), "text/html, */*;q=0", "application/graphql-response+json;q=0, application/json;q=0", ",", "*/*;q=1;q=0")) {
      attacks.add(header("Accept " + BadScalars.show(accept), "Accept", accept, QUERY));
    }
    for (String language : List.of("*", "xx-@@", "ru;q=abc", "ru;q=", ",,,,", "en-US-u-ca-buddhist", "ru-RU-".repeat(100),
        "q=1", "é", "ko;q=0.5, ".repeat(500) + "ru", "-", "ru;q=2")) {
      attacks.add(header("Accept-Language " + BadScalars.show(language), "Accept-Language", language,
          "{ markets { code name { text locale } } }"));
    }
    for (String authorization : List.of("Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "Bearer " + "k".repeat(10_000),
        "Bearer  " + TestKeys.MAINTAINER_SECRET, "Bearer " + TestKeys.MAINTAINER_SECRET + " extra", "Token x", "Bearer ' OR '1'='1",
        "Bearer " + TestKeys.INTEGRATOR_SECRET, "bearer " + TestKeys.MAINTAINER_SECRET)) {
      attacks.add(header("Authorization " + BadScalars.show(authorization), "Authorization", authorization, MUTATION));
    }
    for (String id : List.of("", "x".repeat(5_000), "\"quoted\"", "a b", "{\"json\":1}")) {
      attacks.add(header("X-Request-Id " + BadScalars.show(id), "X-Request-Id", id, QUERY));
    }
    for (String trace : List.of("00-xyz", "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "00-" + "0".repeat(32) + "-" + "0".repeat(16) + "-01",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra", "garbage")) {
      attacks.add(header("traceparent " + BadScalars.show(trace), "traceparent", trace, QUERY));
    }
    for (String tag : List.of("*", "\"", "W/", "garbage, ,", "W/\"x\", ".repeat(1_000))) {
      attacks.add(new Attack("If-None-Match " + BadScalars.show(tag),
          t -> Attack.Answer.of(t.client().query("{ markets { code } }").header("If-None-Match", tag).get())));
    }
    attacks.add(header("Origin null", "Origin", "null", QUERY));
    attacks.add(header("Origin of another site", "Origin", "https://evil.example", QUERY));
    attacks.add(header("Range", "Range", "bytes=0-10", QUERY));
    attacks.add(raw("a Content-Length beyond the body, pipelined garbage after",
        "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5\r\n\r\n" + BODY));
    attacks.add(rawMayClose("a malformed chunk size", "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        + "Transfer-Encoding: chunked\r\n\r\nZZ\r\n" + BODY + "\r\n0\r\n\r\n"));
    attacks.add(rawMayClose("a chunked body whose chunk overruns its size", "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        + "Transfer-Encoding: chunked\r\n\r\n3\r\n" + BODY + "\r\n0\r\n\r\n"));
    attacks.add(raw("both Content-Length and chunked", "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(BODY.length()) + "\r\n" + BODY + "\r\n0\r\n\r\n"));
    attacks.add(raw("a folded header", "GET /health HTTP/1.1\r\nHost: x\r\nX-Folded: a\r\n  continued\r\n\r\n"));
    attacks.add(raw("a header name with a space", "GET /health HTTP/1.1\r\nHost: x\r\nBad Name: a\r\n\r\n"));
    attacks.add(raw("no Host in HTTP/1.1", "GET /health HTTP/1.1\r\n\r\n"));
    attacks.add(raw("two Hosts", "GET /health HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"));
    attacks.add(raw("HTTP/1.0 without Host", "GET /graphql?query=%7B__typename%7D HTTP/1.0\r\n\r\n"));
    attacks.add(raw("HTTP/0.9", "GET /health\r\n\r\n"));
    attacks.add(raw("an unknown method", "FOO /graphql HTTP/1.1\r\nHost: x\r\n\r\n"));
    attacks.add(raw("a method of 1,000 letters", "G".repeat(1_000) + " /graphql HTTP/1.1\r\nHost: x\r\n\r\n"));
    attacks.add(raw("a tab in the request line", "GET\t/health HTTP/1.1\r\nHost: x\r\n\r\n"));
    attacks.add(raw("a fragment in the URL", "GET /graphql?query=%7B__typename%7D#frag HTTP/1.1\r\nHost: x\r\n\r\n"));
    attacks.add(raw("an absolute URL", "GET http://evil.example/graphql?query=%7B__typename%7D HTTP/1.1\r\nHost: x\r\n\r\n"));
    attacks.add(raw("the query twice", "GET /graphql?query=%7B__typename%7D&query=%7Bnope%7D HTTP/1.1\r\nHost: x\r\n\r\n"));
    attacks.add(raw("parameters with no names", "GET /graphql?=&&=&query=%7B__typename%7D HTTP/1.1\r\nHost: x\r\n\r\n"));
    attacks.add(raw("a query string of 3,500 characters", "GET /graphql?query=%7B__typename%7D&pad=" + "x".repeat(3_500)
        + " HTTP/1.1\r\nHost: x\r\n\r\n"));
    attacks.add(raw("path traversal", "GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n"));
    attacks.add(raw("an encoded path traversal", "GET /graphiql/..%2F..%2F..%2Fetc%2Fpasswd HTTP/1.1\r\nHost: x\r\n\r\n"));
    attacks.add(raw("a NUL in the path", "GET /graph%00ql HTTP/1.1\r\nHost: x\r\n\r\n"));
    attacks.add(raw("Expect: 100-continue", "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
        + "Content-Length: " + BODY.length() + "\r\n\r\n" + BODY));
    attacks.add(raw("Expect something else", "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nExpect: 200-ok\r\n"
        + "Content-Length: " + BODY.length() + "\r\n\r\n" + BODY));
    attacks.add(raw("an upgrade to WebSocket", "GET /graphql HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"));
    attacks.add(raw("an upgrade to h2c", "GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nHost: x\r\nConnection: Upgrade, HTTP2-Settings\r\n"
        + "Upgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n\r\n"));
    return attacks;
  }
}
