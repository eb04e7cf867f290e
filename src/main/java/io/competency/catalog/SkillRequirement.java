package io.competency.catalog;

import java.util.List;
import java.util.Objects;

/**
 * People holding credentials, in one or more {@link SkillRole roles}. With {@code distinctPeople}
 * (the default) the people filling different roles are different ("another individual", "the other 2
 * individuals"): they are counted by a maximum assignment of people to role slots. Without it each role
 * is counted on its own and one person may fill a slot in several roles.
 *
 * <p>The single form of the source pages, "N individuals each satisfy one of these paths", is one role;
 * {@link #individuals()} and {@link #paths()} read it back that way.
 */
public record SkillRequirement(
    TierPath tier,
    int position,
    Translations title,
    List<Translations> notes,
    List<SkillRole> roles,
    boolean distinctPeople) implements Requirement {

  public SkillRequirement {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(title, "title");
    notes = List.copyOf(notes);
    roles = List.copyOf(roles);
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("a skill requirement needs at least one role");
    }
  }

  /** The single form: one role of {@code individuals} people qualified by any of {@code paths}. */
  public SkillRequirement(TierPath tier, int position, Translations title, List<Translations> notes, int individuals,
      List<QualificationPath> paths) {
    this(tier, position, title, notes, List.of(new SkillRole(individuals, null, paths)), true);
  }

  /** People needed in all: the sum over the roles. */
  public int individuals() {
    return roles.stream().mapToInt(SkillRole::individuals).sum();
  }

  /** The paths of the only role; empty when there are several roles (see {@link #roles()}). */
  public List<QualificationPath> paths() {
    return roles.size() == 1 ? roles.get(0).paths() : List.of();
  }

  @Override
  public List<Translations> texts() {
    List<Translations> out = Requirement.titleAndNotes(title, notes);
    for (SkillRole role : roles) {
      out.add(role.title());
      for (QualificationPath path : role.paths()) {
        out.add(path.description());
        path.choices().forEach(choice -> out.add(choice.description()));
      }
    }
    return out;
  }

  @Override
  public SkillRequirement withText(Translations newTitle, List<Translations> newNotes) {
    return new SkillRequirement(tier, position, newTitle, newNotes, roles, distinctPeople);
  }
}
