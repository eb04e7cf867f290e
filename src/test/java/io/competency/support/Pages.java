package io.competency.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The copies of the 2017 competency pages ({@code src/test/resources/pages/<locale>/<slug>.md}) and the
 * one way the tests compare catalog text with them: both sides with Markdown emphasis removed and white
 * space collapsed; a text also matches with its Markdown links replaced by their link text (how a
 * credential's title is written: the link text, then the rest of the bullet line).
 */
public final class Pages {
  public static final Path ROOT = Path.of("src/test/resources/pages");
  public static final List<String> LOCALES = List.of("en-US", "ru-RU", "ko-KR");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]*)\\)");
  private static final Pattern HEADING = Pattern.compile("^\\s*(#{1,3})([^#].*)$");
  private static final Pattern STEP = Pattern.compile("^\\s*\\d+\\.\\s+(.*)$");
  private static final Map<Path, String> CACHE = new ConcurrentHashMap<>();
  private static final Map<String, String> ALL_PAGES = new ConcurrentHashMap<>();
  /** Pages as {@link #onPage} compares them, computed once per page: they run to hundreds of kilobytes. */
  private static final Map<String, Normalized> NORMALIZED = new ConcurrentHashMap<>();

  private record Normalized(String text, String withoutLinks) {
    static Normalized of(String page) {
      String text = normalize(page);
      return new Normalized(text, Pages.withoutLinks(text));
    }
  }

  private Pages() {
  }

  /** The competency's page in {@code locale}. */
  public static String page(String locale, String slug) {
    return read(ROOT.resolve(locale).resolve(slug + ".md"));
  }

  /** Every page of {@code locale}, one after the other. */
  public static String allPages(String locale) {
    return ALL_PAGES.computeIfAbsent(locale, l -> {
      try (Stream<Path> pages = Files.list(ROOT.resolve(l))) {
        return String.join("\n", pages.sorted().map(Pages::read).toList());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The slugs of the en-US pages, sorted. */
  public static List<String> slugs() {
    try (Stream<Path> pages = Files.list(ROOT.resolve("en-US"))) {
      return pages.map(p -> p.getFileName().toString().replaceFirst("\\.md$", "")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether {@code text} is written on {@code page}, compared as the class comment says. */
  public static boolean onPage(String text, String page) {
    Normalized normalizedPage = NORMALIZED.computeIfAbsent(page, Normalized::of);
    String normalizedText = normalize(text);
    return normalizedPage.text().contains(normalizedText) || normalizedPage.withoutLinks().contains(withoutLinks(normalizedText));
  }

  /** Whether the page links {@code url} (as a Markdown link target, exactly). */
  public static boolean links(String page, String url) {
    Matcher links = LINK.matcher(page);
    while (links.find()) {
      if (links.group(2).equals(url)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a whole number is written on the page, with thousands separators (100,000) or without (100000). */
  public static boolean showsNumber(String page, long value) {
    String plain = Long.toString(value);
    String grouped = String.format(java.util.Locale.ROOT, "%,d", value);
    Pattern number = Pattern.compile("(?<![\\d,.])(" + Pattern.quote(plain) + "|" + Pattern.quote(grouped) + ")(?![\\d]|[,.]\\d)");
    return number.matcher(page).find();
  }

  /** A page's outline: its options ({@code ##} headings), their tiers ({@code ###}) and each tier's numbered steps. */
  public record Outline(List<OptionOutline> options) {
  }

  public record OptionOutline(String heading, List<TierOutline> tiers) {
  }

  /** A tier's heading and the first line of each numbered step, normalized. */
  public record TierOutline(String heading, List<String> steps) {
  }

  public static Outline outline(String page) {
    List<OptionOutline> options = new ArrayList<>();
    List<TierOutline> tiers = null;
    List<String> steps = null;
    for (String line : page.split("\n")) {
      Matcher heading = HEADING.matcher(line);
      Matcher step = STEP.matcher(line);
      if (heading.matches() && heading.group(1).length() == 2) {
        tiers = new ArrayList<>();
        options.add(new OptionOutline(normalize(heading.group(2)), tiers));
      } else if (heading.matches() && heading.group(1).length() == 3 && tiers != null) {
        steps = new ArrayList<>();
        tiers.add(new TierOutline(normalize(heading.group(2)), steps));
      } else if (step.matches() && steps != null) {
        steps.add(normalize(step.group(1)));
      }
    }
    return new Outline(options);
  }

  public static String normalize(String s) {
    return s.replace("**", "").replaceAll("\\s+", " ").trim();
  }

  public static String withoutLinks(String s) {
    return LINK.matcher(s).replaceAll("$1");
  }

  private static String read(Path file) {
    return CACHE.computeIfAbsent(file, f -> {
      try {
        return Files.readString(f, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
