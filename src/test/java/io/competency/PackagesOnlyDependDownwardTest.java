package io.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of {@code src/main} form layers, and a package uses only packages of lower layers:
 * http → graphql → the use cases → store → evaluation → catalog, with access, config, input and telemetry at the bottom,
 * usable by all. A new package gets a line in {@link #LAYERS}.
 */
class PackagesOnlyDependDownwardTest {
  private static final Path SOURCES = Path.of("src/main/java/io/competency");

  /** Layer of each package: a package may use packages of a lower number only. */
  private static final Map<String, Integer> LAYERS = Map.ofEntries(
      Map.entry("access", 0),
      Map.entry("config", 0),
      Map.entry("input", 0),
      Map.entry("telemetry", 0),
      Map.entry("catalog", 1),
      Map.entry("evaluation", 2),
      Map.entry("store", 3),
      Map.entry("evaluate", 4),
      Map.entry("maintenance", 4),
      Map.entry("graphql", 5),
      Map.entry("http", 6),
      Map.entry("", 7));

  private static final Pattern USE = Pattern.compile("\\bio\\.competency\\.([a-z][a-z0-9]*)\\.[A-Za-z]");

  @Test
  void everyPackageUsesOnlyPackagesBelowIt() throws IOException {
    List<String> upward = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
        String from = packageOf(file);
        for (String to : usedPackages(file)) {
          if (!to.equals(from) && layer(to) >= layer(from)) {
            upward.add(SOURCES.relativize(file) + " uses " + to);
          }
        }
      });
    }
    assertEquals(List.of(), upward, "a package may use only packages of a lower layer");
  }

  private static String packageOf(Path file) {
    Path dir = SOURCES.relativize(file).getParent();
    return dir == null ? "" : dir.toString().replace('/', '.');
  }

  private static int layer(String pkg) {
    String top = pkg.contains(".") ? pkg.substring(0, pkg.indexOf('.')) : pkg;
    Integer layer = LAYERS.get(top);
    if (layer == null) {
      throw new AssertionError("package io.competency." + pkg + " has no layer: add it to LAYERS in " + PackagesOnlyDependDownwardTest.class.getSimpleName());
    }
    return layer;
  }

  private static TreeSet<String> usedPackages(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TreeSet<String> used = new TreeSet<>();
    Matcher m = USE.matcher(text.replaceFirst("(?m)^package .*$", ""));
    while (m.find()) {
      used.add(m.group(1));
    }
    return used;
  }
}
