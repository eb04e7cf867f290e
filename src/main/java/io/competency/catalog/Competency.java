package io.competency.catalog;

import java.util.List;
import java.util.Objects;

public record Competency(String slug, Translations name, Translations description, List<Option> options) {
  public Competency {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    options = List.copyOf(options);
  }

  /** The option with this slug, or null. */
  public Option option(String optionSlug) {
    return options.stream().filter(o -> o.slug().equals(optionSlug)).findFirst().orElse(null);
  }

  public Competency withOption(Option option) {
    return new Competency(slug, name, description, Lists.replaceOrAppend(options, option, o -> o.slug().equals(option.slug())));
  }
}
