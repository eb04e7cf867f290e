package io.competency.graphql;

import io.competency.catalog.Translations;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses the locale to serve. A requested locale is matched against the catalog's locales by RFC 4647:
 * first as a basic filter ({@code ru} matches {@code ru-RU}), then by lookup (truncating
 * {@code ko-KR-x-foo} until it matches), and last by language alone ({@code en-GB} is served
 * {@code en-US}, the catalog's only English). A text without a translation in the chosen locale is served in
 * English, flagged as fallback.
 */
public final class Localization {
  private Localization() {
  }

  /**
   * The catalog locale that best matches an {@code Accept-Language} header, the first requested tag
   * when none matches (so fields report a fallback), or English when nothing was asked for.
   */
  public static String negotiate(String acceptLanguage, List<String> available) {
    if (acceptLanguage == null) {
      return Translations.ENGLISH;
    }
    Negotiated known = NEGOTIATED.get(acceptLanguage);
    if (known != null && known.available() == available) {
      return known.locale();
    }
    String locale = negotiateNow(acceptLanguage, available);
    if (acceptLanguage.length() <= MAX_CACHED_HEADER && NEGOTIATED.size() < MAX_NEGOTIATED) {
      NEGOTIATED.put(acceptLanguage, new Negotiated(available, locale));
    }
    return locale;
  }

  /** A header's answer, for the list of locales (a snapshot's, compared by identity) it was chosen from. */
  private record Negotiated(List<String> available, String locale) {
  }

  /** Answers by {@code Accept-Language} header: clients send the same few, and parsing one is not cheap. */
  private static final Map<String, Negotiated> NEGOTIATED = new ConcurrentHashMap<>();
  private static final int MAX_NEGOTIATED = 1_000;
  private static final int MAX_CACHED_HEADER = 200;

  private static String negotiateNow(String acceptLanguage, List<String> available) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Translations.ENGLISH;
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(acceptLanguage);
    } catch (RuntimeException e) {
      // Not only IllegalArgumentException: the JDK fails on some malformed ranges ("-") with others.
      return Translations.ENGLISH;
    }
    for (Locale.LanguageRange range : ranges) {
      if (range.getWeight() > 0 && !range.getRange().equals("*")) {
        String match = match(range.getRange(), available);
        if (match != null) {
          return match;
        }
      }
    }
    return ranges.stream().filter(r -> r.getWeight() > 0 && !r.getRange().contains("*")).findFirst()
        .map(r -> Locale.forLanguageTag(r.getRange()).toLanguageTag()).orElse(Translations.ENGLISH);
  }

  /** The catalog locale matching one requested tag, or null. */
  public static String match(String requested, List<String> available) {
    List<Locale.LanguageRange> one = List.of(new Locale.LanguageRange(requested));
    List<String> filtered = Locale.filterTags(one, available);
    if (!filtered.isEmpty()) {
      return canonical(filtered.get(0), available);
    }
    String lookedUp = Locale.lookupTag(one, available);
    if (lookedUp != null) {
      return canonical(lookedUp, available);
    }
    String language = Locale.forLanguageTag(requested).getLanguage();
    return available.stream().filter(a -> !language.isEmpty() && Locale.forLanguageTag(a).getLanguage().equals(language))
        .findFirst().orElse(null);
  }

  /** The text for {@code wanted} (a tag as {@link #negotiate} returns), falling back to English. */
  public static LocalizedText localize(Translations text, String wanted) {
    String translated = text.in(wanted);
    if (translated != null) {
      return new LocalizedText(translated, locale(wanted), false);
    }
    boolean english = wanted.equals(Translations.ENGLISH);
    return new LocalizedText(text.english(), ENGLISH, !english);
  }

  private static final Locale ENGLISH = Locale.forLanguageTag(Translations.ENGLISH);
  /** Parsed tags: every localized field of every response names its locale, and parsing one is not cheap. */
  private static final Map<String, Locale> LOCALES = new ConcurrentHashMap<>();
  private static final int MAX_LOCALES = 1_000;

  private static Locale locale(String tag) {
    Locale known = LOCALES.get(tag);
    if (known != null) {
      return known;
    }
    Locale parsed = Locale.forLanguageTag(tag);
    if (LOCALES.size() < MAX_LOCALES) {
      LOCALES.put(tag, parsed);
    }
    return parsed;
  }

  private static String canonical(String tag, List<String> available) {
    return available.stream().filter(a -> a.equalsIgnoreCase(tag)).findFirst().orElse(tag);
  }
}
