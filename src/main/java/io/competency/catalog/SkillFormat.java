package io.competency.catalog;

import io.competency.input.Input;
import io.competency.input.ProblemCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code skill:} a number of individuals, each qualified by one of the paths of credentials. */
final class SkillFormat implements RequirementFormat {
  private static final Set<String> FIELDS = Set.of("title", "notes", "individuals", "paths");
  private static final Set<String> PATH_FIELDS = Set.of("description", "choices");
  private static final Set<String> CHOICE_FIELDS = Set.of("anyOf");

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
    if (title == null || notes == null || individuals == null || !complete || paths.isEmpty()) {
      return null;
    }
    return new SkillRequirement(tier, position, title, notes, individuals, paths);
  }

  private static QualificationPath path(Input in, CatalogReader reader) {
    in.onlyFields(PATH_FIELDS);
    Input descriptionIn = in.field("description");
    Translations description = reader.optionalText(descriptionIn);
    List<CredentialChoice> choices = new ArrayList<>();
    boolean complete = true;
    for (Input element : in.field("choices").nonEmptyList()) {
      element.onlyFields(CHOICE_FIELDS);
      List<String> codes = CatalogReader.nonEmptyCodes(element.field("anyOf"), reader.vocabulary().credentials(),
          ProblemCode.UNKNOWN_CREDENTIAL, "credential");
      complete &= codes != null;
      if (codes != null) {
        choices.add(new CredentialChoice(codes));
      }
    }
    if (!complete || choices.isEmpty() || (descriptionIn.present() && description == null)) {
      return null;
    }
    return new QualificationPath(description, choices);
  }

  @Override
  public Map<String, Object> write(Requirement requirement, CatalogWriter writer) {
    SkillRequirement skill = (SkillRequirement) requirement;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("title", writer.text(skill.title()));
    writer.putNotes(out, skill.notes());
    out.put("individuals", skill.individuals());
    out.put("paths", skill.paths().stream().map(p -> path(p, writer)).toList());
    return out;
  }

  private static Map<String, Object> path(QualificationPath path, CatalogWriter writer) {
    Map<String, Object> out = new LinkedHashMap<>();
    writer.putText(out, "description", path.description());
    out.put("choices", path.choices().stream().map(choice -> Map.<String, Object>of("anyOf", choice.anyOf())).toList());
    return out;
  }
}
