package io.competency.catalog;

import io.competency.input.Input;
import io.competency.input.ProblemCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code skill:} people holding credentials, in one of two forms. The single form gives
 * {@code individuals} and {@code paths} (one role); the role form gives {@code roles}, each with its own
 * {@code individuals}, optional {@code title} and {@code paths}, filled by different people unless
 * {@code distinctPeople: false}. Giving both forms, or neither, is refused. A requirement of one untitled
 * role with distinct people is written back in the single form, anything else in the role form.
 */
final class SkillFormat implements RequirementFormat {
  private static final Set<String> FIELDS = Set.of("title", "notes", "individuals", "paths", "roles", "distinctPeople");
  private static final Set<String> ROLE_FIELDS = Set.of("individuals", "title", "paths");
  private static final Set<String> PATH_FIELDS = Set.of("description", "choices");
  private static final Set<String> CHOICE_FIELDS = Set.of("anyOf", "description");

  @Override
  public String key() {
    return "skill";
  }

  @Override
  public boolean writes(Requirement requirement) {
    return requirement instanceof SkillRequirement;
  }

  @Override
  public SkillRequirement read(Input in, TierPath tier, int position, CatalogReader reader) {
    in.onlyFields(FIELDS);
    Translations title = reader.text(in.field("title"));
    List<Translations> notes = reader.notes(in.field("notes"));
    boolean distinctPeople = in.field("distinctPeople").bool(true);
    List<SkillRole> roles = roles(in, reader);
    if (title == null || notes == null || roles == null) {
      return null;
    }
    return new SkillRequirement(tier, position, title, notes, roles, distinctPeople);
  }

  /** The roles of either form, or null with problems recorded. */
  private static List<SkillRole> roles(Input in, CatalogReader reader) {
    Input rolesIn = in.field("roles");
    boolean single = in.field("individuals").present() || in.field("paths").present();
    if (rolesIn.present() && single) {
      Input at = in.field(in.field("individuals").present() ? "individuals" : "paths");
      at.problem(ProblemCode.CONFLICTING_FIELDS, "give either 'roles', or 'individuals' and 'paths' for a single role, not both");
      return null;
    }
    if (!rolesIn.present() && !single) {
      in.field("roles").problem(ProblemCode.REQUIRED, "give 'roles', or 'individuals' and 'paths' for a single role");
      return null;
    }
    if (single) {
      SkillRole role = role(in, null, reader);
      return role == null ? null : List.of(role);
    }
    List<SkillRole> roles = new ArrayList<>();
    boolean complete = true;
    for (Input element : rolesIn.nonEmptyList()) {
      element.onlyFields(ROLE_FIELDS);
      Input titleIn = element.field("title");
      Translations roleTitle = reader.optionalText(titleIn);
      SkillRole role = role(element, roleTitle, reader);
      complete &= role != null && (roleTitle != null || !titleIn.present());
      if (role != null) {
        roles.add(role);
      }
    }
    return complete && !roles.isEmpty() ? roles : null;
  }

  /** The {@code individuals} and {@code paths} of {@code in} as a role. */
  private static SkillRole role(Input in, Translations title, CatalogReader reader) {
    Input individualsIn = in.field("individuals");
    Integer individuals = individualsIn.requiredInteger();
    if (individuals != null && individuals < 1) {
      individualsIn.problem(ProblemCode.INVALID_VALUE, "at least 1 individual must be required (got " + individuals + ")");
      individuals = null;
    }
    List<QualificationPath> paths = new ArrayList<>();
    boolean complete = true;
    for (Input element : in.field("paths").nonEmptyList()) {
      QualificationPath path = path(element, reader);
      complete &= path != null;
      if (path != null) {
        paths.add(path);
      }
    }
    if (individuals == null || !complete || paths.isEmpty()) {
      return null;
    }
    return new SkillRole(individuals, title, paths);
  }

  private static QualificationPath path(Input in, CatalogReader reader) {
    in.onlyFields(PATH_FIELDS);
    Input descriptionIn = in.field("description");
    Translations description = reader.optionalText(descriptionIn);
    List<CredentialChoice> choices = new ArrayList<>();
    boolean complete = true;
    for (Input element : in.field("choices").nonEmptyList()) {
      CredentialChoice choice = choice(element, reader);
      complete &= choice != null;
      if (choice != null) {
        choices.add(choice);
      }
    }
    if (!complete || choices.isEmpty() || (descriptionIn.present() && description == null)) {
      return null;
    }
    return new QualificationPath(description, choices);
  }

  private static CredentialChoice choice(Input in, CatalogReader reader) {
    in.onlyFields(CHOICE_FIELDS);
    List<String> codes = CatalogReader.nonEmptyCodes(in.field("anyOf"), reader.vocabulary().credentials(),
        ProblemCode.UNKNOWN_CREDENTIAL, "credential");
    Input descriptionIn = in.field("description");
    Translations description = reader.optionalText(descriptionIn);
    if (codes == null || (descriptionIn.present() && description == null)) {
      return null;
    }
    return new CredentialChoice(codes, description);
  }

  @Override
  public Map<String, Object> write(Requirement requirement, CatalogWriter writer) {
    SkillRequirement skill = (SkillRequirement) requirement;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("title", writer.text(skill.title()));
    writer.putNotes(out, skill.notes());
    if (skill.roles().size() == 1 && skill.roles().get(0).title() == null && skill.distinctPeople()) {
      putRole(out, skill.roles().get(0), writer);
      return out;
    }
    out.put("roles", skill.roles().stream().map(role -> {
      Map<String, Object> r = new LinkedHashMap<>();
      writer.putText(r, "title", role.title());
      putRole(r, role, writer);
      return r;
    }).toList());
    if (!skill.distinctPeople()) {
      out.put("distinctPeople", false);
    }
    return out;
  }

  private static void putRole(Map<String, Object> out, SkillRole role, CatalogWriter writer) {
    out.put("individuals", role.individuals());
    out.put("paths", role.paths().stream().map(p -> path(p, writer)).toList());
  }

  private static Map<String, Object> path(QualificationPath path, CatalogWriter writer) {
    Map<String, Object> out = new LinkedHashMap<>();
    writer.putText(out, "description", path.description());
    out.put("choices", path.choices().stream().map(choice -> {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("anyOf", choice.anyOf());
      writer.putText(c, "description", choice.description());
      return c;
    }).toList());
    return out;
  }
}
