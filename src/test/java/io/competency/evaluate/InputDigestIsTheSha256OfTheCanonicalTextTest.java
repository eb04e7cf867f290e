package io.competency.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input digests are stored with evaluations and compared with the digests of later retries, so their
 * form never changes: the SHA-256 of the canonical text, written out here in the plainest way as the
 * specification, for inputs of every kind of value, text that needs escaping or several UTF-8 bytes,
 * and inputs much larger than the digest's buffer.
 */
class InputDigestIsTheSha256OfTheCanonicalTextTest {

  static Stream<Arguments> inputs() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("z", List.of(1, 2L, new BigDecimal("1E+3"), new BigDecimal("12.50"), 2.5, true, false));
    nested.put("a", Map.of("since", LocalDate.of(2017, 7, 7), "clientMutationId", "inner", "empty", Map.of(), "none", List.of()));
    Map<String, Object> withNull = new HashMap<>();
    withNull.put("kept", "x");
    withNull.put("dropped", null);
    return Stream.of(
        argumentSet("an empty input", Map.of()),
        argumentSet("numbers, booleans, dates, nesting, clientMutationId at any depth", Map.of("input", nested, "clientMutationId", "outer")),
        argumentSet("a null value", withNull),
        argumentSet("quotes, backslashes and control characters",
            Map.of("text", "say \"hi\" \\ back\\slash \n\t\u0000\u0007 done", "k\"ey", "v")),
        argumentSet("two- three- and four-byte UTF-8", Map.of("ru", "Экзамен", "ko", "선진국 시장", "emoji", "😀 and 𝄞", "é", "ü")),
        argumentSet("lone surrogates", Map.of("high", "a\uD83Db", "low", "a\uDE00b", "end", "z\uD83D")),
        argumentSet("more than the digest's buffer holds", Map.of("customers", customers(5_000))),
        argumentSet("one string longer than the digest's buffer", Map.of("text", "Ж\"😀a".repeat(12_000), "after", "x")));
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void isTheSha256OfTheCanonicalText(Map<String, ?> input) throws Exception {
    StringBuilder canonical = new StringBuilder();
    write(input, canonical);
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));

    assertEquals(expected, InputDigest.of(input));
  }

  @Test
  void theOrderOfFieldsDoesNotMatterButTheirValuesDo() {
    Map<String, Object> one = new LinkedHashMap<>();
    one.put("market", "DEVELOPED");
    one.put("competency", "cloud-productivity");
    Map<String, Object> reversed = new LinkedHashMap<>();
    reversed.put("competency", "cloud-productivity");
    reversed.put("market", "DEVELOPED");

    assertEquals(InputDigest.of(one), InputDigest.of(reversed));
    assertNotEquals(InputDigest.of(one), InputDigest.of(Map.of("competency", "cloud-productivity", "market", "DEVELOPING")));
  }

  private static List<Object> customers(int n) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(Map.of("id", "customer-" + i, "associations", List.of("DELEGATED_ADMIN"),
          "deployments", List.of(Map.of("workload", "EXCHANGE_ONLINE", "activeUsers", i, "trial", i % 2 == 0))));
    }
    return out;
  }

  /** The canonical text, the specification. */
  private static void write(Object value, StringBuilder out) {
    if (value instanceof Map<?, ?> map) {
      String[] keys = map.keySet().stream().map(String::valueOf).toArray(String[]::new);
      Arrays.sort(keys);
      out.append('{');
      for (String key : keys) {
        Object v = map.get(key);
        if (v != null && !key.equals("clientMutationId")) {
          quote(key, out);
          out.append(':');
          write(v, out);
          out.append(',');
        }
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (Object element : list) {
        write(element, out);
        out.append(',');
      }
      out.append(']');
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else {
      quote(String.valueOf(value), out);
    }
  }

  private static void quote(String text, StringBuilder out) {
    out.append('"');
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    out.append('"');
  }
}
