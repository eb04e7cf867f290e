package io.competency.catalog;

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

  /** A copy with another title and notes. */
  Requirement withText(Translations title, List<Translations> notes);
}
