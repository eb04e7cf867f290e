package io.competency.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.support.Pages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every sentence the bundled catalog stores comes from the 2017 competency pages
 * ({@code src/test/resources/pages/<locale>/<slug>.md}, copies of the published pages): a competency
 * file's text in locale L appears on that competency's page in L, and reference data (names of
 * markets, workloads, associations, authorizations, credential titles) appears on some page in L.
 * Nothing is translated, corrected or summarized by hand, so a typo or an invented translation fails
 * here, naming the file, the field and the text.
 *
 * <p>Both sides are compared as {@link Pages#onPage} does: Markdown emphasis removed, white space
 * collapsed, and links optionally replaced by their link text.
 */
class BundledCatalogTextComesFromThePagesTest {
  private static final Path CATALOG = Path.of("catalog");
  private static final Path PAGES = Pages.ROOT;
  private static final Pattern LOCALE_KEY = Pattern.compile("[a-z]{2}-[A-Z]{2}");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]*)\\)");

  /** One stored text: where it is, its locale and what it says. */
  private record Text(String file, String field, String locale, String text) {
  }

  @Test
  void everyCompetencyTextIsOnItsOwnPage() {
    List<String> strays = new ArrayList<>();
    for (Path file : competencyFiles()) {
      String slug = file.getFileName().toString().replaceFirst("\\.yaml$", "");
      for (Text text : texts(file)) {
        if (!Files.exists(PAGES.resolve(text.locale()).resolve(slug + ".md"))) {
          strays.add(text + ": no " + text.locale() + " page for " + slug);
        } else if (!Pages.onPage(text.text(), Pages.page(text.locale(), slug))) {
          strays.add(text.toString());
        }
      }
    }
    assertEquals(List.of(), strays, "texts not found on their page");
  }

  @Test
  void everyReferenceDataTextIsOnSomePageOfItsLanguage() {
    Map<String, String> allPages = new LinkedHashMap<>();
    for (String locale : Pages.LOCALES) {
      allPages.put(locale, Pages.allPages(locale));
    }
    List<String> strays = new ArrayList<>();
    for (Path file : referenceFiles()) {
      for (Text text : texts(file)) {
        if (!Pages.onPage(text.text(), allPages.getOrDefault(text.locale(), ""))) {
          strays.add(text.toString());
        }
      }
    }
    assertEquals(List.of(), strays, "reference data texts not found on any page of their locale");
  }

  @Test
  void everyCompetencyHasItsPageInEveryLocale() {
    for (Path file : competencyFiles()) {
      String slug = file.getFileName().toString().replaceFirst("\\.yaml$", "");
      for (String locale : Pages.LOCALES) {
        assertTrue(Files.exists(PAGES.resolve(locale).resolve(slug + ".md")), slug + " has no " + locale + " page");
      }
    }
  }

  @Test
  void everyUrlIsAnAbsoluteHttpUrl() {
    List<String> bad = new ArrayList<>();
    for (Path file : allFiles()) {
      walk(load(file), file.getFileName().toString(), (field, value) -> {
        List<String> urls = new ArrayList<>();
        if (field.endsWith(".url")) {
          urls.add(value);
        }
        Matcher links = LINK.matcher(value);
        while (links.find()) {
          urls.add(links.group(2));
        }
        urls.stream().filter(url -> !isHttpUrl(url)).forEach(url -> bad.add(file.getFileName() + " " + field + ": " + url));
      });
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void everyTierHasRequirementsAndTheRanksOfAnOptionCountUpFromOne() {
    List<String> bad = new ArrayList<>();
    for (Path file : competencyFiles()) {
      Map<?, ?> competency = (Map<?, ?>) load(file);
      for (Object o : (List<?>) competency.get("options")) {
        Map<?, ?> option = (Map<?, ?>) o;
        List<?> tiers = (List<?>) option.get("tiers");
        List<Integer> ranks = new ArrayList<>();
        for (Object t : tiers) {
          Map<?, ?> tier = (Map<?, ?>) t;
          ranks.add(((Number) tier.get("rank")).intValue());
          if (!(tier.get("requirements") instanceof List<?> requirements) || requirements.isEmpty()) {
            bad.add(file.getFileName() + " " + option.get("slug") + "/" + tier.get("slug") + " has no requirement");
          }
        }
        List<Integer> expected = Stream.iterate(1, i -> i + 1).limit(tiers.size()).toList();
        if (!ranks.equals(expected)) {
          bad.add(file.getFileName() + " " + option.get("slug") + " ranks " + ranks + ", expected " + expected);
        }
      }
    }
    assertEquals(List.of(), bad);
  }

  private static boolean isHttpUrl(String url) {
    try {
      URI uri = new URI(url);
      return uri.isAbsolute() && uri.getHost() != null && (uri.getScheme().equals("https") || uri.getScheme().equals("http"));
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Every localized text in a file: maps whose keys are all locales. */
  private static List<Text> texts(Path file) {
    List<Text> out = new ArrayList<>();
    collect(load(file), file.getFileName().toString(), "", out);
    return out;
  }

  private static void collect(Object node, String file, String field, List<Text> out) {
    if (node instanceof Map<?, ?> map) {
      boolean localized = !map.isEmpty() && map.keySet().stream().allMatch(k -> LOCALE_KEY.matcher(String.valueOf(k)).matches());
      map.forEach((k, v) -> {
        if (localized) {
          out.add(new Text(file, field, String.valueOf(k), String.valueOf(v)));
        } else {
          collect(v, file, field.isEmpty() ? String.valueOf(k) : field + "." + k, out);
        }
      });
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        collect(list.get(i), file, field + "." + i, out);
      }
    }
  }

  private interface StringVisitor {
    void visit(String field, String value);
  }

  private static void walk(Object node, String field, StringVisitor visitor) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((k, v) -> walk(v, field + "." + k, visitor));
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), field + "." + i, visitor);
      }
    } else if (node instanceof String s) {
      visitor.visit(field, s);
    }
  }

  private static List<Path> competencyFiles() {
    try (Stream<Path> files = Files.list(CATALOG.resolve("competencies"))) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> referenceFiles() {
    try (Stream<Path> files = Files.list(CATALOG)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> allFiles() {
    return Stream.concat(referenceFiles().stream(), competencyFiles().stream()).toList();
  }

  private static Object load(Path file) {
    return new Load(LoadSettings.builder().build()).loadFromString(read(file));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
