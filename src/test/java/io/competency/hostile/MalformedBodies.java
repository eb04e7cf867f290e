package io.competency.hostile;

import static io.competency.hostile.Attack.body;
import static io.competency.hostile.Attack.bytes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Bodies that are not a GraphQL request: broken JSON, wrong types, odd encodings, deep or huge structures. */
final class MalformedBodies {
  private static final String Q = "\"{ __typename }\"";

  private MalformedBodies() {
  }

  static List<Attack> attacks() {
    List<Attack> attacks = new ArrayList<>(List.of(
        body("an empty body", ""),
        body("only spaces", "   \n\t "),
        body("an opening brace", "{"),
        body("a closing brace", "}"),
        body("an opening bracket", "["),
        body("JSON null", "null"),
        body("JSON true", "true"),
        body("a number", "42"),
        body("a string", "\"{ __typename }\""),
        body("an empty array", "[]"),
        body("a batch of one", "[{\"query\":" + Q + "}]"),
        body("an empty object", "{}"),
        body("a null query", "{\"query\":null}"),
        body("an empty query", "{\"query\":\"\"}"),
        body("a blank query", "{\"query\":\"   \"}"),
        body("a numeric query", "{\"query\":1}"),
        body("a boolean query", "{\"query\":true}"),
        body("an array query", "{\"query\":[\"{ __typename }\"]}"),
        body("an object query", "{\"query\":{\"q\":1}}"),
        body("a trailing comma", "{\"query\":" + Q + ",}"),
        body("single quotes", "{'query':'{ __typename }'}"),
        body("unquoted keys", "{query:" + Q + "}"),
        body("trailing garbage", "{\"query\":" + Q + "} garbage"),
        body("two objects", "{\"query\":" + Q + "}{\"query\":" + Q + "}"),
        body("a comment", "{\"query\":" + Q + " /* c */}"),
        body("variables as a string", "{\"query\":" + Q + ",\"variables\":\"{}\"}"),
        body("variables as an array", "{\"query\":" + Q + ",\"variables\":[]}"),
        body("variables as a number", "{\"query\":" + Q + ",\"variables\":1}"),
        body("variables as true", "{\"query\":" + Q + ",\"variables\":true}"),
        body("operationName as a number", "{\"query\":" + Q + ",\"operationName\":1}"),
        body("operationName as an array", "{\"query\":" + Q + ",\"operationName\":[]}"),
        body("operationName as an object", "{\"query\":" + Q + ",\"operationName\":{}}"),
        body("operationName that is empty", "{\"query\":" + Q + ",\"operationName\":\"\"}"),
        body("extensions as an array", "{\"query\":" + Q + ",\"extensions\":[]}"),
        body("extensions as a string", "{\"query\":" + Q + ",\"extensions\":\"x\"}"),
        body("a persistedQuery that is a string", "{\"query\":" + Q + ",\"extensions\":{\"persistedQuery\":\"x\"}}"),
        body("a persistedQuery without a hash", "{\"query\":" + Q + ",\"extensions\":{\"persistedQuery\":{}}}"),
        body("a persistedQuery hash that is a number", "{\"query\":" + Q + ",\"extensions\":{\"persistedQuery\":{\"sha256Hash\":1}}}"),
        body("a persistedQuery hash that is not hex", "{\"extensions\":{\"persistedQuery\":{\"sha256Hash\":\"" + "z".repeat(64) + "\"}}}"),
        body("an unknown persisted query", "{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + "a".repeat(64) + "\"}}}"),
        body("a persisted query whose text does not match", "{\"query\":" + Q + ",\"extensions\":{\"persistedQuery\":{\"sha256Hash\":\""
            + "b".repeat(64) + "\"}}}"),
        body("NaN in the variables", "{\"query\":" + Q + ",\"variables\":{\"a\":NaN}}"),
        body("Infinity in the variables", "{\"query\":" + Q + ",\"variables\":{\"a\":Infinity}}"),
        body("a number with a huge exponent", "{\"query\":" + Q + ",\"variables\":{\"a\":1e999999999}}"),
        body("a 2,000-digit number", "{\"query\":" + Q + ",\"variables\":{\"a\":" + "9".repeat(2_000) + "}}"),
        body("a 2,000-digit fraction", "{\"query\":" + Q + ",\"variables\":{\"a\":0." + "1".repeat(2_000) + "}}"),
        body("arrays nested 5,000 deep", "{\"query\":" + Q + ",\"variables\":{\"a\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}}"),
        body("objects nested 5,000 deep", "{\"query\":" + Q + ",\"variables\":" + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000) + "}"),
        body("unclosed arrays 5,000 deep", "{\"query\":" + Q + ",\"variables\":{\"a\":" + "[".repeat(5_000) + "}}"),
        body("a duplicated key", "{\"query\":\"{ nope }\",\"query\":" + Q + "}"),
        body("10,000 keys", "{\"query\":" + Q + ",\"variables\":{" + keys(10_000) + "}}"),
        body("a NUL in the query", "{\"query\":\"{ __typename }\\u0000\"}"),
        body("a lone surrogate in the query", "{\"query\":\"{ __typename } # \\ud800\"}"),
        body("a raw control character in a string", "{\"query\":\"{ __typename }\u0001\"}"),
        body("a broken unicode escape", "{\"query\":\"{ __typename } # \\u12\"}"),
        body("an unknown escape", "{\"query\":\"{ __typename } # \\x41\"}"),
        body("a 300 KiB string of variables (read on a worker)", "{\"query\":" + Q + ",\"variables\":{\"pad\":\"" + "x".repeat(300 * 1024)
            + "\"},\"broken\":}"),
        body("a 300 KiB valid request", "{\"query\":" + Q + ",\"variables\":{\"pad\":\"" + "x".repeat(300 * 1024) + "\"}}"),
        bytes("invalid UTF-8", concat("{\"query\":\"{ __typename } # ".getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, "\"}".getBytes(StandardCharsets.UTF_8))),
        bytes("UTF-16 with a byte-order mark", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
            ("{\"query\":" + Q + "}").getBytes(StandardCharsets.UTF_16BE))),
        bytes("UTF-8 with a byte-order mark", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            ("{\"query\":" + Q + "}").getBytes(StandardCharsets.UTF_8))),
        bytes("random binary", random(4_096)),
        bytes("NUL bytes", new byte[512])));
    return attacks;
  }

  private static String keys(int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      sb.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
    }
    return sb.toString();
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }

  private static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new java.util.Random(13).nextBytes(bytes);
    return bytes;
  }
}
