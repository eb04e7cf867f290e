package io.competency.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.json.jackson.DatabindCodec;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link CompactJson} reads request JSON as Jackson's own maps would, number types and member order
 * included, with decimals exact; it only takes less memory.
 */
class RequestJsonIsReadExactlyAndCompactlyTest {
  private static final ObjectMapper JACKSON = DatabindCodec.mapper().copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  static Stream<String> documents() {
    String many = IntStream.range(0, 40).mapToObj(i -> "\"k" + i + "\":" + i).collect(Collectors.joining(",", "{", "}"));
    return Stream.of(
        "{}",
        "{\"a\":1,\"b\":-2147483649,\"c\":123456789012345678901234567890,\"d\":0.1,\"e\":-1.5E+3,\"f\":true,\"g\":null}",
        "{\"customers\":[{\"id\":\"c1\",\"revenue\":[{\"workload\":\"CRM_ONLINE\",\"date\":\"2017-07-07\",\"amountUsd\":1250.50}]}]}",
        "{\"z\":1,\"a\":2,\"m\":[[],{},\"x\"]}",
        "{\"a\":1,\"b\":2,\"a\":3}",
        "  {\"s\":\"\\u00e9\\\"quoted\\\"\",\"t\":\"\"} trailing",
        many);
  }

  @ParameterizedTest
  @MethodSource("documents")
  void aDocumentReadsAsJacksonReadsIt(String json) throws IOException {
    Map<?, ?> ours = CompactJson.object(JACKSON.getFactory(), json.getBytes(StandardCharsets.UTF_8));

    Map<?, ?> theirs = JACKSON.readValue(json, Map.class);
    assertEquals(theirs, ours);
    assertEquals(List.copyOf(theirs.keySet()), List.copyOf(ours.keySet()));
    assertEquals(types(theirs), types(ours));
  }

  @Test
  void amountsAreExactDecimals() throws IOException {
    Map<?, ?> read = CompactJson.object(JACKSON.getFactory(), "{\"amountUsd\":12345678901234567.89}");

    assertEquals(new BigDecimal("12345678901234567.89"), read.get("amountUsd"));
  }

  @Test
  void repeatedShortStringsAreShared() throws IOException {
    Map<?, ?> read = CompactJson.object(JACKSON.getFactory(), "{\"a\":[\"2017-07-07\",\"2017-07-07\"]}");

    List<?> dates = (List<?>) read.get("a");
    assertSame(dates.get(0), dates.get(1));
  }

  @Test
  void malformedJsonIsRefused() {
    assertThrows(IOException.class, () -> CompactJson.object(JACKSON.getFactory(), "{\"a\":"));
    assertThrows(IOException.class, () -> CompactJson.object(JACKSON.getFactory(), "{\"a\" 1}"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aSmallObjectIsReadOnly() throws IOException {
    Map<?, ?> read = CompactJson.object(JACKSON.getFactory(), "{\"a\":1}");

    assertThrows(UnsupportedOperationException.class, () -> ((Map<Object, Object>) read).put("b", 2));
    assertTrue(read.containsKey("a"));
  }

  private static Object types(Object value) {
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream().map(e -> e.getKey() + "=" + types(e.getValue())).toList();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(RequestJsonIsReadExactlyAndCompactlyTest::types).toList();
    }
    return value == null ? "null" : value.getClass().getSimpleName() + ":" + value;
  }

}
