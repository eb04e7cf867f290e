package io.competency.graphql;

import java.util.Locale;

/** The GraphQL {@code LocalizedText}: a text, the locale it is in, and whether it is the English fallback. */
public record LocalizedText(String text, Locale locale, boolean fallback) {
}
