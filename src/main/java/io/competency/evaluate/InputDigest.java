package io.competency.evaluate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * SHA-256 of an input tree in a canonical text form (object keys sorted, nulls and
 * {@code clientMutationId} left out), so the same input digests the same whatever order its fields
 * were sent in. Used to tell a retry from a different request that reuses a {@code clientMutationId}.
 * The text is streamed into the digest in chunks: inputs run to megabytes.
 */
public final class InputDigest {
  private static final int CHUNK = 16 * 1024;

  private final MessageDigest digest;
  private final StringBuilder pending = new StringBuilder(CHUNK + 256);

  private InputDigest() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String of(Map<String, ?> input) {
    InputDigest d = new InputDigest();
    d.write(input);
    d.flush();
    return HexFormat.of().formatHex(d.digest.digest());
  }

  private void write(Object value) {
    if (value instanceof Map<?, ?> map) {
      writeMap(map);
    } else if (value instanceof List<?> list) {
      pending.append('[');
      for (Object element : list) {
        write(element);
        pending.append(',');
      }
      pending.append(']');
    } else if (value instanceof Number || value instanceof Boolean) {
      pending.append(value);
    } else {
      quote(String.valueOf(value));
    }
    if (pending.length() >= CHUNK) {
      flush();
    }
  }

  private void writeMap(Map<?, ?> map) {
    String[] keys = new String[map.size()];
    int i = 0;
    for (Object key : map.keySet()) {
      keys[i++] = key instanceof String k ? k : String.valueOf(key);
    }
    Arrays.sort(keys);
    pending.append('{');
    for (String key : keys) {
      Object v = map.get(key);
      if (v != null && !key.equals("clientMutationId")) {
        quote(key);
        pending.append(':');
        write(v);
        pending.append(',');
      }
    }
    pending.append('}');
  }

  /** {@code text} in quotes, with {@code "} and {@code \\} escaped; runs without either are copied whole. */
  private void quote(String text) {
    pending.append('"');
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        pending.append(text, run, i).append('\\').append(c);
        run = i + 1;
      }
    }
    pending.append(text, run, text.length()).append('"');
  }

  private void flush() {
    digest.update(pending.toString().getBytes(StandardCharsets.UTF_8));
    pending.setLength(0);
  }
}
