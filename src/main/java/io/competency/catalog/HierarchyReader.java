package io.competency.catalog;

import io.competency.input.Input;
import io.competency.input.ProblemCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the hierarchy: competency, option, tier and the tier's list of requirements, with unique
 * slugs and ranks. Each requirement entry is handed to the {@link RequirementFormat} its key names.
 */
final class HierarchyReader {
  private static final Set<String> COMPETENCY_FIELDS = Set.of("slug", "name", "description", "options");
  private static final Set<String> OPTION_FIELDS = Set.of("slug", "name", "description", "tiers");
  private static final Set<String> TIER_FIELDS = Set.of("slug", "rank", "name", "requirements");
  private static final Map<String, RequirementFormat> FORMATS = RequirementFormat.ALL.stream()
      .collect(Collectors.toUnmodifiableMap(RequirementFormat::key, f -> f));

  private final CatalogReader reader;

  HierarchyReader(CatalogReader reader) {
    this.reader = reader;
  }

  Competency competency(Input in) {
    in.onlyFields(COMPETENCY_FIELDS);
    String slug = in.field("slug").slug();
    Translations name = reader.text(in.field("name"));
    Translations description = descriptionOf(in);
    List<Option> options = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Input element : in.field("options").list()) {
      Option option = option(element, slug == null ? "?" : slug);
      if (option != null && element.field("slug").firstOf(seen, option.slug(), ProblemCode.DUPLICATE_SLUG)) {
        options.add(option);
      }
    }
    if (slug == null || name == null || description == null || !in.problems().isEmpty()) {
      return null;
    }
    return new Competency(slug, name, description, options);
  }

  Option option(Input in, String competency) {
    in.onlyFields(OPTION_FIELDS);
    String slug = in.field("slug").slug();
    Translations name = reader.text(in.field("name"));
    Translations description = descriptionOf(in);
    List<Tier> tiers = new ArrayList<>();
    Set<String> slugs = new HashSet<>();
    Map<Integer, String> ranks = new HashMap<>();
    for (Input element : in.field("tiers").list()) {
      Tier tier = tier(element, competency, slug == null ? "?" : slug);
      if (tier == null || !element.field("slug").firstOf(slugs, tier.slug(), ProblemCode.DUPLICATE_SLUG)) {
        continue;
      }
      String other = ranks.putIfAbsent(tier.rank(), tier.slug());
      if (other != null) {
        element.field("rank").problem(ProblemCode.DUPLICATE_RANK, "rank " + tier.rank() + " is already taken by tier '" + other + "'");
        continue;
      }
      tiers.add(tier);
    }
    if (slug == null || name == null || description == null) {
      return null;
    }
    return new Option(competency, slug, name, description, tiers);
  }

  /** Descriptions are optional in input; an absent one is an empty English text. */
  private Translations descriptionOf(Input in) {
    Input description = in.field("description");
    return description.present() ? reader.optionalText(description) : Translations.english("");
  }

  Tier tier(Input in, String competency, String option) {
    in.onlyFields(TIER_FIELDS);
    String slug = in.field("slug").slug();
    Integer rank = rank(in.field("rank"));
    Translations name = reader.text(in.field("name"));
    if (slug == null) {
      requirements(in.field("requirements"), new TierPath(competency, option, "?"));
      return null;
    }
    TierPath path = new TierPath(competency, option, slug);
    List<Requirement> requirements = requirements(in.field("requirements"), path);
    if (rank == null || name == null || requirements == null) {
      return null;
    }
    return new Tier(path, rank, name, requirements);
  }

  Integer rank(Input in) {
    Integer rank = in.requiredInteger();
    if (rank != null && rank < 1) {
      in.problem(ProblemCode.INVALID_VALUE, "rank must be 1 or more (got " + rank + ")");
      return null;
    }
    return rank;
  }

  /** A tier's requirements, or null when any of them is wrong. */
  List<Requirement> requirements(Input in, TierPath tier) {
    List<Requirement> out = new ArrayList<>();
    boolean complete = true;
    List<Input> elements = in.nonEmptyList();
    for (int i = 0; i < elements.size(); i++) {
      Requirement requirement = requirement(elements.get(i), tier, i);
      complete &= requirement != null;
      if (requirement != null) {
        out.add(requirement);
      }
    }
    return complete && !elements.isEmpty() ? out : null;
  }

  private Requirement requirement(Input in, TierPath tier, int position) {
    in.onlyFields(FORMATS.keySet());
    List<RequirementFormat> given = RequirementFormat.ALL.stream().filter(f -> in.field(f.key()).present()).toList();
    if (given.size() != 1) {
      in.problem(ProblemCode.INVALID_VALUE, "give exactly one of " + RequirementFormat.ALL.stream()
          .map(f -> "'" + f.key() + "'").collect(Collectors.joining(" or ")));
      return null;
    }
    RequirementFormat format = given.get(0);
    return format.read(in.field(format.key()), tier, position, reader);
  }
}
