package io.competency.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A copy of the bundled catalog with one thing broken per row fails to load, and the problem line names
 * the file, the field path and the problem code: {@code file: field.path: CODE message}.
 */
class BrokenCatalogFilesAreReportedByFileAndFieldTest {
  private static final String COMPETENCY = "competencies/cloud-productivity.yaml";
  private static final String SILVER = "options[0].tiers[0]";
  private static final String GOLD = "options[0].tiers[1]";
  private static final String SILVER_PERFORMANCE = SILVER + ".requirements[0].performance";
  private static final String SILVER_SKILL = SILVER + ".requirements[1].skill";
  private static final String GOLD_PERFORMANCE = GOLD + ".requirements[0].performance";
  /** Every problem line starts with the catalog file it is about. */
  private static final String LINE = "(markets|workloads|association-types|credentials|authorizations)\\.yaml: .+|competencies/[a-z0-9-]+\\.yaml: .+";

  @TempDir
  Path catalog;

  /** Changes the copy of the catalog in {@code dir}. */
  interface Breakage {
    void applyTo(Path dir) throws IOException;
  }

  @BeforeEach
  void copyTheBundledCatalog() throws IOException {
    Path source = Path.of("catalog");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path target = catalog.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  static Stream<Arguments> breakages() {
    return Stream.of(
        argumentSet("an unknown workload",
            replace(COMPETENCY, "eligibleWorkloads: [EXCHANGE_ONLINE,", "eligibleWorkloads: [EXCHANGE_ONLNE,"),
            COMPETENCY, SILVER_PERFORMANCE + ".eligibleWorkloads[0]", "UNKNOWN_WORKLOAD"),
        argumentSet("an unknown association type",
            replace(COMPETENCY, "DIGITAL_PARTNER_OF_RECORD, FAST_TRACK_PARTNER]", "DIGITAL_PARTNER_OF_RECORD, FAST_TRACK]"),
            COMPETENCY, SILVER_PERFORMANCE + ".qualifyingAssociations[3]", "UNKNOWN_ASSOCIATION"),
        argumentSet("an unknown market",
            replace(COMPETENCY, "- market: DEVELOPING", "- market: EMERGING"),
            COMPETENCY, SILVER_PERFORMANCE + ".metrics[0].thresholds[1].market", "UNKNOWN_MARKET"),
        argumentSet("an unknown credential",
            replace(COMPETENCY, "- anyOf: [MCSA-OFFICE-365]", "- anyOf: [MCSA-OFFICE-364]"),
            COMPETENCY, SILVER_SKILL + ".paths[1].choices[0].anyOf[0]", "UNKNOWN_CREDENTIAL"),
        argumentSet("a tier slug given twice",
            replace(COMPETENCY, "- slug: gold", "- slug: silver"),
            COMPETENCY, GOLD + ".slug", "DUPLICATE_SLUG"),
        argumentSet("a rank given twice",
            replace(COMPETENCY, "rank: 2", "rank: 1"),
            COMPETENCY, GOLD + ".rank", "DUPLICATE_RANK"),
        argumentSet("a tier name without English",
            replace(COMPETENCY, "          en-US: Gold\n", ""),
            COMPETENCY, GOLD + ".name", "MISSING_ENGLISH"),
        argumentSet("a market name without English",
            replace("markets.yaml", "    en-US: Developing markets\n", ""),
            "markets.yaml", "[1].name", "MISSING_ENGLISH"),
        argumentSet("a negative threshold",
            replace(COMPETENCY, "value: 4000", "value: -4000"),
            COMPETENCY, GOLD_PERFORMANCE + ".metrics[0].thresholds[0].value", "NEGATIVE_THRESHOLD"),
        argumentSet("a misspelt field",
            replace(COMPETENCY, "excludesTrials: true", "excludeTrials: true"),
            COMPETENCY, SILVER_PERFORMANCE + ".excludeTrials", "UNKNOWN_FIELD"),
        argumentSet("a misspelt field of a credential",
            replace("credentials.yaml", "  url: https://www.microsoft.com/en-us/learning/exam-70-347.aspx",
                "  link: https://www.microsoft.com/en-us/learning/exam-70-347.aspx"),
            "credentials.yaml", "[8].link", "UNKNOWN_FIELD"),
        argumentSet("a word where a number belongs",
            replace(COMPETENCY, "individuals: 1", "individuals: one"),
            COMPETENCY, SILVER_SKILL + ".individuals", "INVALID_TYPE"),
        argumentSet("a list where a text belongs",
            replace(COMPETENCY, "rank: 1", "rank: [1]"),
            COMPETENCY, SILVER + ".rank", "INVALID_TYPE"),
        argumentSet("an unknown credential kind",
            replace("credentials.yaml", "kind: CERTIFICATION", "kind: DIPLOMA"),
            "credentials.yaml", "[67].kind", "INVALID_VALUE"),
        argumentSet("an empty reference file",
            overwrite("workloads.yaml", "# nothing here\n"),
            "workloads.yaml", "", "EMPTY"),
        argumentSet("malformed YAML",
            replace("workloads.yaml", "- code: YAMMER", "- code: \"YAMMER"),
            "workloads.yaml", "", "INVALID_SYNTAX"),
        argumentSet("an unknown required authorization",
            replace(COMPETENCY, "              excludesTrials: true\n", "              excludesTrials: true\n              requiredAuthorizations: [ADR]\n"),
            COMPETENCY, SILVER_PERFORMANCE + ".requiredAuthorizations[0]", "UNKNOWN_AUTHORIZATION"),
        argumentSet("a unit that is not the metric's",
            replace(COMPETENCY, "- metric: ACTIVE_ENTITLEMENTS\n", "- metric: ACTIVE_ENTITLEMENTS\n                  unit: USD\n"),
            COMPETENCY, SILVER_PERFORMANCE + ".metrics[0].unit", "UNIT_MISMATCH"),
        argumentSet("roles beside individuals",
            replace(COMPETENCY, "              individuals: 1\n", "              individuals: 1\n              roles: []\n"),
            COMPETENCY, SILVER_SKILL + ".individuals", "CONFLICTING_FIELDS"),
        argumentSet("a skill requirement without people",
            replace(COMPETENCY, "              individuals: 1\n", ""),
            COMPETENCY, SILVER_SKILL + ".individuals", "REQUIRED"),
        argumentSet("a replacement that is not a credential",
            prepend("credentials.yaml", "- {code: MS-099, kind: EXAM, title: {en-US: Exam MS-099}, replacedBy: [MS-100]}\n"),
            "credentials.yaml", "[0].replacedBy[0]", "UNKNOWN_CREDENTIAL"),
        argumentSet("a retirement date that is not a date",
            prepend("credentials.yaml", "- {code: MS-099, kind: EXAM, title: {en-US: Exam MS-099}, retiresOn: 'September 30, 2017'}\n"),
            "credentials.yaml", "[0].retiresOn", "INVALID_VALUE"),
        argumentSet("an authorization without a name",
            overwrite("authorizations.yaml", "- code: SURFACE_HUB_ADR\n"),
            "authorizations.yaml", "[0].name", "REQUIRED"),
        argumentSet("a competency slug defined in two files",
            copy(COMPETENCY, "competencies/zz-copy.yaml"),
            "competencies/zz-copy.yaml", "slug", "DUPLICATE_SLUG"));
  }

  @ParameterizedTest
  @MethodSource("breakages")
  void isReportedWithTheFileTheFieldAndTheCode(Breakage breakage, String file, String field, String code) throws IOException {
    breakage.applyTo(catalog);

    List<String> problems = assertThrows(CatalogException.class, () -> CatalogLoader.load(catalog)).problems();

    String expected = file + ": " + (field.isEmpty() ? "" : field + ": ") + code + " ";
    assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected)),
        "expected a problem starting '" + expected + "', got:\n" + String.join("\n", problems));
    problems.forEach(p -> assertTrue(p.matches(LINE), "a problem line that names no file: " + p));
  }

  @Test
  void theUntouchedCopyLoads() {
    assertEquals(18, CatalogLoader.load(catalog).competencies().size());
  }

  @Test
  void aDuplicateCompetencyNamesTheFileThatDefinedItFirst() throws IOException {
    copy(COMPETENCY, "competencies/zz-copy.yaml").applyTo(catalog);

    List<String> problems = assertThrows(CatalogException.class, () -> CatalogLoader.load(catalog)).problems();

    assertEquals(List.of("competencies/zz-copy.yaml: slug: DUPLICATE_SLUG competency 'cloud-productivity' is already "
        + "defined in competencies/cloud-productivity.yaml"), problems);
  }

  @Test
  void problemsInSeveralFilesAreReportedTogether() throws IOException {
    replace("markets.yaml", "- code: DEVELOPING", "- code: DEVELOPED").applyTo(catalog);
    replace(COMPETENCY, "value: 4000", "value: -4000").applyTo(catalog);
    replace(COMPETENCY, "individuals: 2", "individuals: 0").applyTo(catalog);

    CatalogException e = assertThrows(CatalogException.class, () -> CatalogLoader.load(catalog));

    List<String> problems = e.problems();
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("markets.yaml: [1].code: DUPLICATE_CODE ")), problems::toString);
    assertTrue(problems.stream().anyMatch(p -> p.startsWith(COMPETENCY + ": " + GOLD_PERFORMANCE
        + ".metrics[0].thresholds[0].value: NEGATIVE_THRESHOLD ")), problems::toString);
    assertTrue(problems.stream().anyMatch(p -> p.startsWith(COMPETENCY + ": " + GOLD
        + ".requirements[1].skill.individuals: INVALID_VALUE ")), problems::toString);
    problems.forEach(p -> assertTrue(e.getMessage().contains(p), "the message lists every problem"));
  }

  @Test
  void aMissingFileIsNamed() throws IOException {
    Files.delete(catalog.resolve("credentials.yaml"));

    List<String> problems = assertThrows(CatalogException.class, () -> CatalogLoader.load(catalog)).problems();

    assertEquals(List.of("credentials.yaml: MISSING_FILE the file is missing"), problems);
  }

  @Test
  void aMissingFileIsReportedWithAProblemCode() throws IOException {
    Files.delete(catalog.resolve("credentials.yaml"));

    List<String> problems = assertThrows(CatalogException.class, () -> CatalogLoader.load(catalog)).problems();

    assertTrue(problems.stream().anyMatch(p -> p.matches("credentials\\.yaml: [A-Z_]+ .*")), problems::toString);
  }

  @Test
  void aMissingDirectoryIsNamed() {
    Path nowhere = catalog.resolve("nowhere");

    List<String> problems = assertThrows(CatalogException.class, () -> CatalogLoader.load(nowhere)).problems();

    assertEquals(List.of(nowhere + ": MISSING_FILE no such catalog directory"), problems);
  }

  private static Breakage replace(String file, String from, String to) {
    return dir -> {
      Path path = dir.resolve(file);
      String text = Files.readString(path, StandardCharsets.UTF_8);
      int at = text.indexOf(from);
      assertNotEquals(-1, at, "the bundled " + file + " no longer contains: " + from);
      Files.writeString(path, text.substring(0, at) + to + text.substring(at + from.length()), StandardCharsets.UTF_8);
    };
  }

  /** Puts {@code text} before the first entry of {@code file}. */
  private static Breakage prepend(String file, String text) {
    return dir -> {
      Path path = dir.resolve(file);
      String content = Files.readString(path, StandardCharsets.UTF_8);
      int first = content.indexOf("\n- ") + 1;
      Files.writeString(path, content.substring(0, first) + text + content.substring(first), StandardCharsets.UTF_8);
    };
  }

  private static Breakage copy(String file, String to) {
    return dir -> Files.copy(dir.resolve(file), dir.resolve(to));
  }

  private static Breakage overwrite(String file, String text) {
    return dir -> Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
  }
}
