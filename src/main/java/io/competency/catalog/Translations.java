package io.competency.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A human-readable text in several locales, keyed by BCP 47 language tag. English ({@value #ENGLISH})
 * is always present; the other locales hold only what translators actually translated, so a missing
 * entry means "not translated" and readers fall back to English.
 */
public record Translations(Map<String, String> byLocale) {

  public static final String ENGLISH = "en-US";

  public Translations {
    Objects.requireNonNull(byLocale, "byLocale");
    if (!byLocale.containsKey(ENGLISH)) {
      throw new IllegalArgumentException("translations need an " + ENGLISH + " text");
    }
    byLocale = Collections.unmodifiableMap(new LinkedHashMap<>(byLocale));
  }

  public static Translations english(String text) {
    return new Translations(Map.of(ENGLISH, text));
  }

  public String english() {
    return byLocale.get(ENGLISH);
  }

  /** The text in exactly this locale, or null when it has not been translated into it. */
  public String in(String locale) {
    return byLocale.get(locale);
  }

  /** A copy with {@code locale} set to {@code text}, or removed when {@code text} is null. */
  public Translations with(String locale, String text) {
    Map<String, String> copy = new LinkedHashMap<>(byLocale);
    if (text == null) {
      copy.remove(locale);
    } else {
      copy.put(locale, text);
    }
    return new Translations(copy);
  }
}
