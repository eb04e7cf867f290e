package io.competency.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SHA-256 of an input tree in a canonical text form (object keys sorted), so the same input digests
 * the same whatever order its fields were sent in. Used to tell a retry from a different request
 * that reuses a {@code clientMutationId}.
 */
public final class InputDigest {
  private InputDigest() {
  }

  public static String of(Map<String, ?> input) {
    StringBuilder sb = new StringBuilder();
    write(input, sb);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(Object value, StringBuilder sb) {
    if (value instanceof Map<?, ?> map) {
      sb.append('{');
      new TreeMap<String, Object>(stringKeys(map)).forEach((k, v) -> {
        if (v != null && !k.equals("clientMutationId")) {
          quote(k, sb);
          sb.append(':');
          write(v, sb);
          sb.append(',');
        }
      });
      sb.append('}');
    } else if (value instanceof List<?> list) {
      sb.append('[');
      list.forEach(v -> {
        write(v, sb);
        sb.append(',');
      });
      sb.append(']');
    } else if (value instanceof Number || value instanceof Boolean) {
      sb.append(value);
    } else {
      quote(String.valueOf(value), sb);
    }
  }

  private static Map<String, Object> stringKeys(Map<?, ?> map) {
    Map<String, Object> out = new java.util.HashMap<>();
    map.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }

  private static void quote(String text, StringBuilder sb) {
    sb.append('"').append(text.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
  }
}
