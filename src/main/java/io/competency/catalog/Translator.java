package io.competency.catalog;

import io.competency.input.Input;
import io.competency.input.ProblemCode;
import java.util.ArrayList;
import java.util.List;

/** The {@code setTranslation} edit: one locale of one localized field of one catalog node. */
final class Translator {
  private final Catalog catalog;
  private final Input in;

  Translator(Catalog catalog, Input in) {
    this.catalog = catalog;
    this.in = in;
  }

  Outcome apply() {
    Input nodeIn = in.field("node");
    String encoded = nodeIn.requiredString();
    String field = in.field("field").requiredString();
    String locale = in.field("locale").locale();
    Input textIn = in.field("text");
    String text = textIn.string();
    if (encoded == null || field == null || locale == null || (textIn.present() && text == null)) {
      return null;
    }
    if (text != null && text.isBlank()) {
      textIn.problem(ProblemCode.EMPTY, "must not be blank; send null to remove a translation");
      return null;
    }
    if (text == null && locale.equals(Translations.ENGLISH)) {
      textIn.problem(ProblemCode.MISSING_ENGLISH, "the " + Translations.ENGLISH + " text can be changed but not removed");
      return null;
    }
    NodeId id = NodeId.parse(encoded);
    Object node = id == null ? null : CatalogNodes.find(id, catalog::competency);
    if (node == null) {
      nodeIn.problem(ProblemCode.UNKNOWN_NODE, "no competency, option, tier or requirement has this id");
      return null;
    }
    return set(node, field, locale, text);
  }

  private Outcome set(Object node, String field, String locale, String text) {
    if (field.equals("description") && !locale.equals(Translations.ENGLISH) && untranslatable(node)) {
      in.field("locale").problem(ProblemCode.MISSING_ENGLISH, "this description has no " + Translations.ENGLISH
          + " text yet: set that first, then its translations");
      return null;
    }
    if (node instanceof Competency c && (field.equals("name") || field.equals("description"))) {
      Competency changed = field.equals("name")
          ? new Competency(c.slug(), c.name().with(locale, text), c.description(), c.options())
          : new Competency(c.slug(), c.name(), c.description().with(locale, text), c.options());
      return Outcome.changed(catalog.withCompetency(changed), NodeId.of(changed), changed);
    }
    if (node instanceof Option o && (field.equals("name") || field.equals("description"))) {
      Option changed = field.equals("name")
          ? new Option(o.competency(), o.slug(), o.name().with(locale, text), o.description(), o.tiers())
          : new Option(o.competency(), o.slug(), o.name(), o.description().with(locale, text), o.tiers());
      return Outcome.changed(withOption(changed), NodeId.of(changed), changed);
    }
    if (node instanceof Tier t && field.equals("name")) {
      Tier changed = new Tier(t.path(), t.rank(), t.name().with(locale, text), t.requirements());
      return Outcome.changed(withTier(changed), NodeId.of(changed), changed);
    }
    if (node instanceof Requirement r && (field.equals("title") || field.equals("notes"))) {
      return setRequirementText(r, field, locale, text);
    }
    in.field("field").problem(ProblemCode.UNKNOWN_TEXT_FIELD, "'" + field + "' is not a localized field of this node "
        + "(competency, option: name, description; tier: name; requirement: title, notes)");
    return null;
  }

  /** A description given no text when its object was added is empty, with nothing to translate. */
  private static boolean untranslatable(Object node) {
    Translations description = node instanceof Competency c ? c.description() : node instanceof Option o ? o.description() : null;
    return description != null && description.english().isEmpty();
  }

  private Outcome setRequirementText(Requirement r, String field, String locale, String text) {
    Translations title = r.title();
    List<Translations> notes = new ArrayList<>(r.notes());
    if (field.equals("title")) {
      title = title.with(locale, text);
    } else {
      Input indexIn = in.field("index");
      Integer index = indexIn.requiredInteger();
      if (index == null) {
        return null;
      }
      if (index < 0 || index >= notes.size()) {
        indexIn.problem(ProblemCode.INVALID_VALUE, "index must be from 0 to " + (notes.size() - 1) + " (got " + index + ")");
        return null;
      }
      notes.set(index, notes.get(index).with(locale, text));
    }
    Requirement changed = r.withText(title, notes);
    Tier tier = tierOf(r);
    List<Requirement> requirements = new ArrayList<>(tier.requirements());
    requirements.set(r.position(), changed);
    Tier changedTier = new Tier(tier.path(), tier.rank(), tier.name(), requirements);
    return Outcome.changed(withTier(changedTier), NodeId.of(changed), changed);
  }

  private Tier tierOf(Requirement r) {
    return catalog.competency(r.tier().competency()).option(r.tier().option()).tier(r.tier().tier());
  }

  private Catalog withOption(Option option) {
    return catalog.withCompetency(catalog.competency(option.competency()).withOption(option));
  }

  private Catalog withTier(Tier tier) {
    Option option = catalog.competency(tier.path().competency()).option(tier.path().option());
    return withOption(option.withTier(tier));
  }
}
