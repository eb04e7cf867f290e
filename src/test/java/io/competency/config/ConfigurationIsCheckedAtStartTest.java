package io.competency.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Environment variables have safe defaults, and a bad value stops start-up naming the variable. */
class ConfigurationIsCheckedAtStartTest {

  @Test
  void anEmptyEnvironmentGivesTheDocumentedDefaults() {
    Config config = Config.from(Map.of());
    assertEquals(List.of("127.0.0.1", 8080, 16 * 1024 * 1024, 100_000, 15, 2_000, 50, true),
        List.of(config.host(), config.port(), config.maxBodyBytes(), config.maxQueryChars(),
            config.maxDepth(), config.maxFields(), config.maxAliases(), config.introspection()));
    assertEquals(List.of(), config.corsOrigins());
    assertEquals(null, config.databaseUrl());
    assertEquals(null, config.catalogDir(), "no CATALOG_DIR: the catalog bundled in the jar");
    assertEquals(new Config.Timeouts(5, 8, 128, 60, 30), config.timeouts());
    assertEquals(List.of(true, 30), List.of(config.metrics(), config.httpCacheMaxAgeSeconds()));
  }

  @Test
  void evaluationStorageDefaultsToTheDocumentedBounds() {
    Config config = Config.from(Map.of());
    assertEquals(List.of(10_000, 128, 2),
        List.of(config.maxStoredEvaluations(), config.evaluationBatchSize(), config.evaluationBatchWindowMillis()));
  }

  @Test
  void corsOriginsAreACommaSeparatedList() {
    assertEquals(List.of("https://a.example", "https://b.example"),
        Config.from(Map.of("CORS_ORIGINS", "https://a.example, https://b.example")).corsOrigins());
  }

  static Stream<Arguments> badValues() {
    return Stream.of(
        argumentSet("a port that is not a number", "PORT", "abc"),
        argumentSet("a port out of range", "PORT", "70000"),
        argumentSet("a body limit below 1 KiB", "MAX_BODY_BYTES", "10"),
        argumentSet("a depth limit of 1", "MAX_DEPTH", "1"),
        argumentSet("a negative alias limit", "MAX_ALIASES", "-1"),
        argumentSet("introspection neither true nor false", "INTROSPECTION", "maybe"),
        argumentSet("no stored evaluations at all", "MAX_STORED_EVALUATIONS", "0"),
        argumentSet("an empty batch", "EVALUATION_BATCH_SIZE", "0"),
        argumentSet("a negative batch window", "EVALUATION_BATCH_WINDOW_MS", "-1"));
  }

  @ParameterizedTest
  @MethodSource("badValues")
  void aBadValueIsRefusedNamingTheVariable(String variable, String value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Config.from(Map.of(variable, value)));
    assertTrue(e.getMessage().contains(variable) && e.getMessage().contains(value), e.getMessage());
  }
}
