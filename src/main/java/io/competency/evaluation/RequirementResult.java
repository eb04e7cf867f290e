package io.competency.evaluation;

import io.competency.catalog.Requirement;

/**
 * The verdict on one requirement of a tier. {@code shortfall} is {@code max(0, required - actual)};
 * for a performance requirement with several metrics, {@code required}, {@code actual} and
 * {@code shortfall} are those of its first metric.
 */
public sealed interface RequirementResult permits PerformanceResult, SkillResult {
  Requirement requirement();

  boolean met();

  int required();

  int actual();

  int shortfall();
}
