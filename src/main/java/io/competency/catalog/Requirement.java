package io.competency.catalog;

import java.util.ArrayList;
import java.util.List;

/** One numbered step of a tier. The two kinds are the two families the competency pages use. */
public sealed interface Requirement permits PerformanceRequirement, SkillRequirement {

  /** The tier this requirement belongs to. */
  TierPath tier();

  /** 0-based position within the tier. */
  int position();

  Translations title();

  List<Translations> notes();

  /** Every localized text of the requirement: title, notes and the texts nested in it (may hold nulls). */
  List<Translations> texts();

  /** A list to add nested texts to, starting with {@code title} and {@code notes}. */
  static List<Translations> titleAndNotes(Translations title, List<Translations> notes) {
    List<Translations> out = new ArrayList<>(notes.size() + 4);
    out.add(title);
    out.addAll(notes);
    return out;
  }

  /** A copy with another title and notes. */
  Requirement withText(Translations title, List<Translations> notes);
}
