package io.competency.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The inverse of {@link CatalogReader}: turns catalog records back into the input trees the reader
 * reads, so that {@code reader.tier(new Input(writer.tier(t), …), …)} equals {@code t}. The trees are
 * JSON-compatible (strings, integers, booleans, maps and lists) and have the shape of the bundled YAML
 * files: localized text as a map of locale to text, optional fields left out when absent. The
 * PostgreSQL store keeps tiers as JSON in this form, and stored evaluations keep the tiers they were
 * evaluated against, so both are read back through the reader with its checks.
 *
 * <p>What the reader fills in is left out: positions (the order of the list), the tier's competency and
 * option (the reader's arguments), and a description that is the reader's default, an empty English
 * text.
 */
public final class CatalogWriter {

  public Map<String, Object> competency(Competency competency) {
    Objects.requireNonNull(competency, "competency");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("slug", competency.slug());
    out.put("name", text(competency.name()));
    putDescription(out, competency.description());
    out.put("options", competency.options().stream().map(this::option).toList());
    return out;
  }

  public Map<String, Object> option(Option option) {
    Objects.requireNonNull(option, "option");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("slug", option.slug());
    out.put("name", text(option.name()));
    putDescription(out, option.description());
    out.put("tiers", option.tiers().stream().map(this::tier).toList());
    return out;
  }

  public Map<String, Object> tier(Tier tier) {
    Objects.requireNonNull(tier, "tier");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("slug", tier.slug());
    out.put("rank", tier.rank());
    out.put("name", text(tier.name()));
    out.put("requirements", requirements(tier.requirements()));
    return out;
  }

  /** Each requirement as {@code {<kind>: …}} ({@code performance}, {@code skill}), in order. */
  public List<Object> requirements(List<Requirement> requirements) {
    Objects.requireNonNull(requirements, "requirements");
    List<Object> out = new ArrayList<>();
    for (Requirement requirement : requirements) {
      RequirementFormat format = RequirementFormat.ALL.stream().filter(f -> f.writes(requirement)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no format writes " + requirement.getClass().getSimpleName()));
      out.add(Map.of(format.key(), format.write(requirement, this)));
    }
    return out;
  }

  public Map<String, Object> term(Term term) {
    Objects.requireNonNull(term, "term");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("code", term.code());
    out.put("name", text(term.name()));
    return out;
  }

  public Map<String, Object> credential(Credential credential) {
    Objects.requireNonNull(credential, "credential");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("code", credential.code());
    out.put("kind", credential.kind().name());
    out.put("title", text(credential.title()));
    putIfPresent(out, "url", credential.url());
    if (!credential.issuer().equals(Credential.MICROSOFT)) {
      out.put("issuer", credential.issuer());
    }
    putIfPresent(out, "retiresOn", credential.retiresOn() == null ? null : credential.retiresOn().toString());
    if (!credential.replacedBy().isEmpty()) {
      out.put("replacedBy", credential.replacedBy());
    }
    return out;
  }

  /** Localized text in its map form, locale to text, English first as the records keep it. */
  public Map<String, Object> text(Translations text) {
    Objects.requireNonNull(text, "text");
    return new LinkedHashMap<>(text.byLocale());
  }

  void putNotes(Map<String, Object> out, List<Translations> notes) {
    if (!notes.isEmpty()) {
      out.put("notes", notes.stream().map(this::text).toList());
    }
  }

  /** Puts {@code text} under {@code key} when there is one. */
  void putText(Map<String, Object> out, String key, Translations text) {
    if (text != null) {
      out.put(key, text(text));
    }
  }

  /** The reader turns an absent description into an empty English text, so that one is written as absent. */
  private void putDescription(Map<String, Object> out, Translations description) {
    if (!description.equals(Translations.english(""))) {
      out.put("description", text(description));
    }
  }

  static void putIfPresent(Map<String, Object> out, String key, Object value) {
    if (value != null) {
      out.put(key, value);
    }
  }
}
