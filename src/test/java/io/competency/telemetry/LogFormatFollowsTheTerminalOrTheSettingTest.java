package io.competency.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import io.competency.config.Config;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.event.KeyValuePair;

/**
 * Logs are plain text on a terminal and JSON lines otherwise, unless {@code LOG_FORMAT} says which;
 * both carry the same fields.
 */
class LogFormatFollowsTheTerminalOrTheSettingTest {

  static Stream<Arguments> settings() {
    return Stream.of(
        argumentSet("unset, on a terminal", null, true, LogLineEncoder.Format.TEXT),
        argumentSet("unset, not on a terminal", null, false, LogLineEncoder.Format.JSON),
        argumentSet("auto, on a terminal", "auto", true, LogLineEncoder.Format.TEXT),
        argumentSet("json, on a terminal", "json", true, LogLineEncoder.Format.JSON),
        argumentSet("TEXT, not on a terminal", "TEXT", false, LogLineEncoder.Format.TEXT));
  }

  @ParameterizedTest
  @MethodSource("settings")
  void isChosen(String setting, boolean terminal, LogLineEncoder.Format format) {
    assertEquals(format, LogSetup.format(setting, terminal));
  }

  @Test
  void anUnknownFormatOrLevelStopsTheStart() {
    IllegalArgumentException format = assertThrows(IllegalArgumentException.class, () -> Config.from(Map.of("LOG_FORMAT", "yaml")));
    assertTrue(format.getMessage().contains("LOG_FORMAT must be one of auto, json, text (got 'yaml')"), format.getMessage());
    IllegalArgumentException level = assertThrows(IllegalArgumentException.class, () -> Config.from(Map.of("LOG_LEVEL", "loud")));
    assertTrue(level.getMessage().contains("LOG_LEVEL"), level.getMessage());
  }

  @Test
  void aJsonLineIsOneObjectWithTheEventsPairsAndItsError() {
    JsonObject line = new JsonObject(new String(encoder(LogLineEncoder.Format.JSON).encode(event()), StandardCharsets.UTF_8));

    assertEquals("WARN", line.getString("level"));
    assertEquals("io.competency.Example", line.getString("logger"));
    assertEquals("something \"quoted\"\non two lines", line.getString("message"));
    assertEquals(42L, line.getLong("count"));
    assertEquals("req-1", line.getString("requestId"));
    assertTrue(line.getString("error").startsWith("java.lang.IllegalStateException: boom"), line::encode);
  }

  @Test
  void aTextLineIsReadable() {
    String text = new String(encoder(LogLineEncoder.Format.TEXT).encode(event()), StandardCharsets.UTF_8);

    assertTrue(text.matches("(?s)\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  Example something \"quoted\"\non two lines count=42 \\[req-1]\\R"
        + "java\\.lang\\.IllegalStateException: boom.*"), text);
  }

  private static LogLineEncoder encoder(LogLineEncoder.Format format) {
    LogLineEncoder encoder = new LogLineEncoder(format);
    encoder.setContext(new LoggerContext());
    encoder.start();
    return encoder;
  }

  private static LoggingEvent event() {
    LoggerContext context = new LoggerContext();
    LoggingEvent event = new LoggingEvent("fqcn", context.getLogger("io.competency.Example"), Level.WARN,
        "something \"quoted\"\non two lines", new IllegalStateException("boom"), null);
    event.addKeyValuePair(new KeyValuePair("count", 42));
    event.addKeyValuePair(new KeyValuePair("requestId", "req-1"));
    return event;
  }
}
