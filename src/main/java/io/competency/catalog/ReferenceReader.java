package io.competency.catalog;

import io.competency.input.Input;
import io.competency.input.ProblemCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Reads reference data: coded terms (markets, workloads, association types) and credentials. */
final class ReferenceReader {
  private static final Set<String> TERM_FIELDS = Set.of("code", "name");
  private static final Set<String> CREDENTIAL_FIELDS = Set.of("code", "kind", "title", "url");

  private final TextReader text;

  ReferenceReader(TextReader text) {
    this.text = text;
  }

  Term term(Input in) {
    in.onlyFields(TERM_FIELDS);
    String code = in.field("code").code();
    Translations name = text.text(in.field("name"));
    return code == null || name == null ? null : new Term(code, name);
  }

  Credential credential(Input in) {
    in.onlyFields(CREDENTIAL_FIELDS);
    String code = in.field("code").code();
    CredentialKind kind = in.field("kind").enumValue(CredentialKind.class);
    Translations title = text.text(in.field("title"));
    Input urlIn = in.field("url");
    String url = urlIn.url();
    if (code == null || kind == null || title == null || (urlIn.present() && url == null)) {
      return null;
    }
    return new Credential(code, kind, title, url);
  }

  /** Terms with unique codes. */
  List<Term> terms(Input in) {
    return unique(in, this::term, Term::code);
  }

  /** Credentials with unique codes. */
  List<Credential> credentials(Input in) {
    return unique(in, this::credential, Credential::code);
  }

  private static <T> List<T> unique(Input in, Function<Input, T> read, Function<T, String> code) {
    List<T> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Input element : in.list()) {
      T item = read.apply(element);
      if (item != null && element.field("code").firstOf(seen, code.apply(item), ProblemCode.DUPLICATE_CODE)) {
        out.add(item);
      }
    }
    return out;
  }
}
