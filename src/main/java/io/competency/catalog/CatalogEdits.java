package io.competency.catalog;

import io.competency.input.FieldPath;
import io.competency.input.Input;
import io.competency.input.ProblemCode;
import io.competency.input.Problems;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The maintenance mutations as pure {@link CatalogEdit}s over GraphQL input objects. Each checks its
 * input as strictly as the file loader does (through {@link CatalogReader}), plus what only the
 * current catalog can tell: unknown competency, option or tier, and slugs, ranks and codes already
 * taken. Problems carry paths rooted at {@code input}.
 */
public final class CatalogEdits {
  private static final FieldPath INPUT = FieldPath.root().field("input");
  /** Input fields that address or annotate the edit rather than describe the new object. */
  private static final Set<String> ENVELOPE = Set.of("competency", "option", "clientMutationId");

  private CatalogEdits() {
  }

  public static CatalogEdit addTier(Map<String, Object> input) {
    return edit("addTier", input, (catalog, in, reader) -> {
      Option option = option(catalog, in);
      if (option == null) {
        return null;
      }
      if (in.field("slug").value() instanceof String slug && option.tier(slug) != null) {
        in.field("slug").problem(ProblemCode.DUPLICATE_SLUG, "option '" + option.slug() + "' already has a tier '" + slug + "'");
      }
      if (in.field("rank").value() instanceof Integer rank) {
        checkRankFree(option, slugOf(in), rank, in.field("rank"));
      }
      Tier tier = reader.tier(body(in), option.competency(), option.slug());
      return tier == null ? null : Outcome.changed(withTier(catalog, option, tier), NodeId.of(tier), tier);
    });
  }

  public static CatalogEdit updateTier(Map<String, Object> input) {
    return edit("updateTier", input, (catalog, in, reader) -> {
      Option option = option(catalog, in);
      Tier existing = option == null ? null : existingTier(option, in);
      if (existing == null) {
        return null;
      }
      Integer rank = in.field("rank").present() ? reader.rank(in.field("rank")) : Integer.valueOf(existing.rank());
      Translations name = in.field("name").present() ? reader.text(in.field("name")) : existing.name();
      List<Requirement> requirements = in.field("requirements").present()
          ? reader.requirements(in.field("requirements"), existing.path())
          : existing.requirements();
      if (rank == null || name == null || requirements == null) {
        return null;
      }
      Tier updated = new Tier(existing.path(), rank, name, requirements);
      checkRankFree(option, updated.slug(), rank, in.field("rank"));
      return Outcome.changed(withTier(catalog, option, updated), NodeId.of(updated), updated);
    });
  }

  public static CatalogEdit removeTier(Map<String, Object> input) {
    return edit("removeTier", input, (catalog, in, reader) -> {
      Option option = option(catalog, in);
      Tier existing = option == null ? null : existingTier(option, in);
      if (existing == null) {
        return null;
      }
      Competency competency = catalog.competency(option.competency());
      Catalog changed = catalog.withCompetency(competency.withOption(option.withoutTier(existing.slug())));
      return Outcome.changed(changed, NodeId.of(existing), NodeId.of(existing));
    });
  }

  public static CatalogEdit addCompetency(Map<String, Object> input) {
    return edit("addCompetency", input, (catalog, in, reader) -> {
      Map<String, Object> body = bodyMap(in);
      body.put("options", List.of());
      Competency competency = reader.competency(new Input(body, INPUT, in.problems()));
      if (competency != null && catalog.competency(competency.slug()) != null) {
        in.field("slug").problem(ProblemCode.DUPLICATE_SLUG, "competency '" + competency.slug() + "' already exists");
      }
      return competency == null ? null : Outcome.changed(catalog.withCompetency(competency), NodeId.of(competency), competency);
    });
  }

  public static CatalogEdit addOption(Map<String, Object> input) {
    return edit("addOption", input, (catalog, in, reader) -> {
      Competency competency = competency(catalog, in);
      Map<String, Object> body = bodyMap(in);
      body.put("tiers", List.of());
      Option option = reader.option(new Input(body, INPUT, in.problems()), competency == null ? "?" : competency.slug());
      if (competency == null || option == null) {
        return null;
      }
      if (competency.option(option.slug()) != null) {
        in.field("slug").problem(ProblemCode.DUPLICATE_SLUG, "competency '" + competency.slug() + "' already has an option '" + option.slug() + "'");
      }
      return Outcome.changed(catalog.withCompetency(competency.withOption(option)), NodeId.of(option), option);
    });
  }

  public static CatalogEdit addCredential(Map<String, Object> input) {
    return edit("addCredential", input, (catalog, in, reader) -> {
      Credential credential = reader.credential(body(in));
      if (credential != null && catalog.credentials().stream().anyMatch(c -> c.code().equals(credential.code()))) {
        in.field("code").problem(ProblemCode.DUPLICATE_CODE, "credential '" + credential.code() + "' already exists");
      }
      return credential == null ? null : Outcome.changed(catalog.withCredential(credential), credential.code(), credential);
    });
  }

  public static CatalogEdit addWorkload(Map<String, Object> input) {
    return edit("addWorkload", input, (catalog, in, reader) -> {
      Term workload = reader.term(body(in));
      if (workload != null && catalog.workloads().stream().anyMatch(w -> w.code().equals(workload.code()))) {
        in.field("code").problem(ProblemCode.DUPLICATE_CODE, "workload '" + workload.code() + "' already exists");
      }
      return workload == null ? null : Outcome.changed(catalog.withWorkload(workload), workload.code(), workload);
    });
  }

  public static CatalogEdit addAuthorization(Map<String, Object> input) {
    return edit("addAuthorization", input, (catalog, in, reader) -> {
      Term authorization = reader.term(body(in));
      if (authorization != null && catalog.authorizations().stream().anyMatch(a -> a.code().equals(authorization.code()))) {
        in.field("code").problem(ProblemCode.DUPLICATE_CODE, "authorization '" + authorization.code() + "' already exists");
      }
      return authorization == null ? null
          : Outcome.changed(catalog.withAuthorization(authorization), authorization.code(), authorization);
    });
  }

  public static CatalogEdit setTranslation(Map<String, Object> input) {
    return edit("setTranslation", input, (catalog, in, reader) -> new Translator(catalog, in).apply());
  }

  private interface Body {
    /** The outcome, or null when problems were recorded. */
    Outcome apply(Catalog catalog, Input in, CatalogReader reader);
  }

  private static CatalogEdit edit(String action, Map<String, Object> input, Body body) {
    Objects.requireNonNull(input, "input");
    Map<String, Object> detail = new LinkedHashMap<>(input);
    detail.remove("clientMutationId");
    return new CatalogEdit() {
      @Override
      public Outcome apply(Catalog current) {
        Problems problems = new Problems();
        Outcome outcome = body.apply(current, new Input(input, INPUT, problems), new CatalogReader(Vocabulary.of(current)));
        return outcome == null || !problems.isEmpty() ? Outcome.rejected(problems.all()) : outcome;
      }

      @Override
      public String action() {
        return action;
      }

      @Override
      public Object detail() {
        return detail;
      }
    };
  }

  /** The input without its envelope fields, for reading with {@link CatalogReader}. */
  private static Input body(Input in) {
    return new Input(bodyMap(in), in.path(), in.problems());
  }

  private static Map<String, Object> bodyMap(Input in) {
    Map<String, Object> body = new LinkedHashMap<>();
    in.map().forEach((k, v) -> {
      if (!ENVELOPE.contains(String.valueOf(k))) {
        body.put(String.valueOf(k), v);
      }
    });
    return body;
  }

  private static Competency competency(Catalog catalog, Input in) {
    Input slug = in.field("competency");
    String value = slug.requiredString();
    Competency competency = value == null ? null : catalog.competency(value);
    if (value != null && competency == null) {
      slug.problem(ProblemCode.UNKNOWN_COMPETENCY, "no competency '" + value + "'");
    }
    return competency;
  }

  private static Option option(Catalog catalog, Input in) {
    Competency competency = competency(catalog, in);
    if (competency == null) {
      return null;
    }
    Input slug = in.field("option");
    String value = slug.requiredString();
    Option option = value == null ? null : competency.option(value);
    if (value != null && option == null) {
      slug.problem(ProblemCode.UNKNOWN_OPTION, "competency '" + competency.slug() + "' has no option '" + value + "'");
    }
    return option;
  }

  private static Tier existingTier(Option option, Input in) {
    Input slug = in.field("slug");
    String value = slug.requiredString();
    Tier tier = value == null ? null : option.tier(value);
    if (value != null && tier == null) {
      slug.problem(ProblemCode.UNKNOWN_TIER, "option '" + option.slug() + "' has no tier '" + value + "'");
    }
    return tier;
  }

  private static void checkRankFree(Option option, String slug, int rank, Input at) {
    option.tiers().stream()
        .filter(t -> t.rank() == rank && !t.slug().equals(slug))
        .findFirst()
        .ifPresent(t -> at.problem(ProblemCode.DUPLICATE_RANK, "rank " + rank + " is already taken by tier '" + t.slug() + "'"));
  }

  private static String slugOf(Input in) {
    return in.field("slug").value() instanceof String slug ? slug : "";
  }

  private static Catalog withTier(Catalog catalog, Option option, Tier tier) {
    Competency competency = catalog.competency(option.competency());
    return catalog.withCompetency(competency.withOption(option.withTier(tier)));
  }
}
