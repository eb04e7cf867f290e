package io.competency.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CatalogSnapshot#locales()} lists every locale any text of the catalog is written in, English
 * first: a German translation anywhere adds {@code de-DE}. (Locale negotiation matches
 * {@code Accept-Language} against this list.)
 */
class CatalogLocalesListEveryTranslatedTextTest {
  private static final String COMPETENCY = "competencies/cloud-productivity.yaml";

  @TempDir
  Path catalog;

  @BeforeEach
  void copyTheBundledCatalog() throws IOException {
    Files.createDirectories(catalog.resolve("competencies"));
    for (String file : List.of("markets.yaml", "workloads.yaml", "association-types.yaml", "credentials.yaml", COMPETENCY)) {
      Files.copy(Path.of("catalog").resolve(file), catalog.resolve(file));
    }
  }

  @Test
  void theBundledCatalogHasEnglishKoreanAndRussian() {
    assertEquals(List.of("en-US", "ko-KR", "ru-RU"), locales());
  }

  @Test
  void aTranslatedNoteAddsItsLocale() throws IOException {
    addGerman("                - en-US: Trial SKUs are not included.\n",
        "                - en-US: Trial SKUs are not included.\n                  de-DE: Test-SKUs sind nicht enthalten.\n");

    assertEquals(List.of("en-US", "de-DE", "ko-KR", "ru-RU"), locales());
  }

  @Test
  void aTranslatedWorkloadNameAddsItsLocale() throws IOException {
    Path workloads = catalog.resolve("workloads.yaml");
    String text = Files.readString(workloads, StandardCharsets.UTF_8);
    Files.writeString(workloads, text.replace("    en-US: ProPlus\n", "    en-US: ProPlus\n    de-DE: ProPlus (deutsch)\n"));

    assertEquals(List.of("en-US", "de-DE", "ko-KR", "ru-RU"), locales());
  }

  @Test
  void aTranslatedThresholdOrPathDescriptionAddsItsLocale() throws IOException {
    addGerman("                    en-US: \"1 individual must pass all the following exams:\"\n",
        "                    en-US: \"1 individual must pass all the following exams:\"\n"
            + "                    de-DE: \"1 Person muss alle folgenden Prüfungen bestehen:\"\n");

    assertEquals(List.of("en-US", "de-DE", "ko-KR", "ru-RU"), locales());
  }

  private void addGerman(String line, String withGerman) throws IOException {
    Path file = catalog.resolve(COMPETENCY);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String changed = text.replaceFirst(Pattern.quote(line), Matcher.quoteReplacement(withGerman));
    assertNotEquals(text, changed, "the bundled file no longer contains: " + line);
    Files.writeString(file, changed, StandardCharsets.UTF_8);
  }

  private List<String> locales() {
    return CatalogSnapshot.of(CatalogLoader.load(catalog), 1, Instant.EPOCH).locales();
  }
}
