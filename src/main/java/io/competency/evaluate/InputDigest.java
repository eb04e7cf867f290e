package io.competency.evaluate;

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
 *
 * <p>The canonical text, UTF-8 encoded as {@link String#getBytes} encodes it: a map is
 * {@code {"key":value,…}} with a comma after every entry, a list {@code [value,…]} likewise, a number or
 * boolean its {@code toString()}, anything else its {@code String.valueOf} in double quotes with
 * {@code "} and {@code \} preceded by a backslash. Digests are stored with evaluations, so this form
 * never changes. It is written straight into a byte buffer that is fed to the digest as it fills:
 * inputs run to megabytes.
 */
public final class InputDigest {
  private static final int CHUNK = 32 * 1024;

  private final MessageDigest digest;
  private final byte[] buffer = new byte[CHUNK];
  private int length;

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
    d.digest.update(d.buffer, 0, d.length);
    return HexFormat.of().formatHex(d.digest.digest());
  }

  private void write(Object value) {
    if (value instanceof Map<?, ?> map) {
      writeMap(map);
    } else if (value instanceof List<?> list) {
      put('[');
      for (int i = 0, n = list.size(); i < n; i++) {
        write(list.get(i));
        put(',');
      }
      put(']');
    } else if (value instanceof Integer number) {
      ascii(Integer.toString(number));
    } else if (value instanceof Number || value instanceof Boolean) {
      text(value.toString());
    } else {
      quote(String.valueOf(value));
    }
  }

  private void writeMap(Map<?, ?> map) {
    String[] keys = new String[map.size()];
    int i = 0;
    for (Object key : map.keySet()) {
      keys[i++] = String.valueOf(key);
    }
    if (keys.length > 1) {
      Arrays.sort(keys);
    }
    put('{');
    for (String key : keys) {
      Object v = map.get(key);
      if (v != null && !key.equals("clientMutationId")) {
        quote(key);
        put(':');
        write(v);
        put(',');
      }
    }
    put('}');
  }

  private void quote(String text) {
    int n = text.length();
    if (3 * n + 2 > CHUNK - length) {
      digest.update(buffer, 0, length);
      length = 0;
      if (3 * n + 2 > CHUNK) {
        quoteLong(text);
        return;
      }
    }
    byte[] b = buffer;
    int at = length;
    b[at++] = '"';
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c == '"' || c == '\\') {
          b[at++] = '\\';
        }
        b[at++] = (byte) c;
      } else {
        length = at;
        i = encode(text, i, n);
        at = length;
      }
    }
    b[at++] = '"';
    length = at;
  }

  /** A string too long for the buffer (3 bytes a char at most), written byte by byte. */
  private void quoteLong(String text) {
    put('"');
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c == '"' || c == '\\') {
          put('\\');
        }
        put(c);
      } else {
        i = encode(text, i, n);
      }
    }
    put('"');
  }

  /** {@code text} as it is, UTF-8 encoded. */
  private void text(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        put(c);
      } else {
        i = encode(text, i, n);
      }
    }
  }

  private void ascii(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      put(text.charAt(i));
    }
  }

  /**
   * Encodes the non-ASCII character at {@code i} as {@link String#getBytes} does in UTF-8 (a lone
   * surrogate becomes {@code ?}); returns the index of the last char it used.
   */
  private int encode(String text, int i, int n) {
    char c = text.charAt(i);
    if (c < 0x800) {
      put(0xC0 | c >> 6);
      put(0x80 | c & 0x3F);
      return i;
    }
    if (!Character.isSurrogate(c)) {
      put(0xE0 | c >> 12);
      put(0x80 | c >> 6 & 0x3F);
      put(0x80 | c & 0x3F);
      return i;
    }
    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
      int cp = Character.toCodePoint(c, text.charAt(i + 1));
      put(0xF0 | cp >> 18);
      put(0x80 | cp >> 12 & 0x3F);
      put(0x80 | cp >> 6 & 0x3F);
      put(0x80 | cp & 0x3F);
      return i + 1;
    }
    put('?');
    return i;
  }

  private void put(int b) {
    if (length == CHUNK) {
      digest.update(buffer, 0, CHUNK);
      length = 0;
    }
    buffer[length++] = (byte) b;
  }
}
