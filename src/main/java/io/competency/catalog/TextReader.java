package io.competency.catalog;

import io.competency.input.Input;
import io.competency.input.ProblemCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads localized text, in either of its two input shapes: a map of locale to text (files, stored
 * rows) or a list of {@code {locale, text}} entries (GraphQL input). English is required wherever a
 * text is given, so every text can fall back to it.
 */
final class TextReader {

  /** Required localized text with an English entry. */
  Translations text(Input in) {
    if (!in.present()) {
      in.problem(ProblemCode.REQUIRED, "is required (with an " + Translations.ENGLISH + " text)");
      return null;
    }
    return optionalText(in);
  }

  /** Localized text, or null when absent; when present it must have an English entry. */
  Translations optionalText(Input in) {
    if (!in.present()) {
      return null;
    }
    Map<String, String> byLocale = new LinkedHashMap<>();
    boolean complete = true;
    if (in.isMap()) {
      for (Object key : in.map().keySet()) {
        complete &= put(byLocale, new Input(key, in.path().field(String.valueOf(key)), in.problems()).locale(),
            in.field(String.valueOf(key)));
      }
    } else {
      for (Input entry : in.list()) {
        entry.onlyFields(Set.of("locale", "text"));
        Input locale = entry.field("locale");
        complete &= put(byLocale, locale.locale(), entry.field("text"));
      }
    }
    if (!byLocale.containsKey(Translations.ENGLISH)) {
      if (complete) {
        in.problem(ProblemCode.MISSING_ENGLISH, "needs an " + Translations.ENGLISH + " text");
      }
      return null;
    }
    return complete ? new Translations(byLocale) : null;
  }

  /** Notes: a list of localized texts; absent means none. Null when any note is wrong. */
  List<Translations> notes(Input in) {
    List<Translations> out = new ArrayList<>();
    boolean complete = true;
    for (Input element : in.list()) {
      Translations note = text(element);
      complete &= note != null;
      out.add(note);
    }
    return complete ? out : null;
  }

  private static boolean put(Map<String, String> byLocale, String locale, Input text) {
    String value = text.requiredString();
    if (locale == null || value == null) {
      return false;
    }
    if (byLocale.putIfAbsent(locale, value) != null) {
      text.problem(ProblemCode.DUPLICATE_LOCALE, "locale " + locale + " is given twice");
      return false;
    }
    return true;
  }
}
