package io.competency.catalog;

import io.competency.input.Input;
import java.util.List;
import java.util.Map;

/**
 * The input shape of one kind of requirement, {@code {<key>: {...}}} in a tier's list: read with every
 * check (bundled files, stored rows and GraphQL input alike) and written back in the same shape. A new
 * kind of requirement is a new implementation added to {@link #ALL}; nothing else branches on kinds
 * when reading or writing.
 */
interface RequirementFormat {
  List<RequirementFormat> ALL = List.of(new PerformanceFormat(), new SkillFormat());

  /** The key that introduces this kind in a requirement entry, e.g. {@code performance}. */
  String key();

  /** Whether {@code requirement} is of this kind. */
  boolean writes(Requirement requirement);

  /** The requirement at {@code position} of {@code tier}, or null when problems were recorded. */
  Requirement read(Input in, TierPath tier, int position, CatalogReader reader);

  /** The fields of {@code requirement} (without the key), as {@link #read} reads them. */
  Map<String, Object> write(Requirement requirement, CatalogWriter writer);
}
