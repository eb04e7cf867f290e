package io.competency.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** At least {@code individuals} distinct people each satisfy one of the qualification paths. */
public record SkillRequirement(
    TierPath tier,
    int position,
    Translations title,
    List<Translations> notes,
    int individuals,
    List<QualificationPath> paths) implements Requirement {

  public SkillRequirement {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(title, "title");
    notes = List.copyOf(notes);
    paths = List.copyOf(paths);
  }

  @Override
  public List<Translations> texts() {
    List<Translations> out = new ArrayList<>();
    out.add(title);
    out.addAll(notes);
    paths.forEach(path -> out.add(path.description()));
    return out;
  }

  @Override
  public SkillRequirement withText(Translations newTitle, List<Translations> newNotes) {
    return new SkillRequirement(tier, position, newTitle, newNotes, individuals, paths);
  }
}
