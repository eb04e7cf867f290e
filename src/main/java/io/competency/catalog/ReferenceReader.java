package io.competency.catalog;

import io.competency.input.Input;
import io.competency.input.ProblemCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads reference data: coded terms (markets, workloads, association types, authorizations) and
 * credentials, whose replacements must be credentials too.
 */
final class ReferenceReader {
  private static final Set<String> TERM_FIELDS = Set.of("code", "name");
  private static final Set<String> CREDENTIAL_FIELDS = Set.of("code", "kind", "title", "url", "issuer", "retiresOn", "replacedBy");

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

  /** A credential whose {@code replacedBy} codes are among {@code known} (other credentials). */
  Credential credential(Input in, Set<String> known) {
    in.onlyFields(CREDENTIAL_FIELDS);
    String code = in.field("code").code();
    CredentialKind kind = in.field("kind").enumValue(CredentialKind.class);
    Translations title = text.text(in.field("title"));
    Input urlIn = in.field("url");
    String url = urlIn.url();
    Input issuerIn = in.field("issuer");
    String issuer = issuerIn.present() ? issuerIn.requiredString() : Credential.MICROSOFT;
    Input retiresOnIn = in.field("retiresOn");
    LocalDate retiresOn = retiresOnIn.date();
    List<String> replacedBy = replacements(in.field("replacedBy"), code, known);
    if (code == null || kind == null || title == null || (urlIn.present() && url == null) || issuer == null
        || (retiresOnIn.present() && retiresOn == null) || replacedBy == null) {
      return null;
    }
    return new Credential(code, kind, title, url, issuer.strip(), retiresOn, replacedBy);
  }

  private static List<String> replacements(Input in, String code, Set<String> known) {
    List<String> codes = in.distinctKnownCodes(known, ProblemCode.UNKNOWN_CREDENTIAL, "credential");
    if (codes != null && code != null && codes.contains(code)) {
      in.problem(ProblemCode.INVALID_VALUE, "credential " + code + " cannot replace itself");
      return null;
    }
    return codes;
  }

  /** Terms with unique codes. */
  List<Term> terms(Input in) {
    return unique(in, this::term, Term::code);
  }

  /** Credentials with unique codes, replaced only by credentials of the same list. */
  List<Credential> credentials(Input in) {
    Set<String> codes = new HashSet<>();
    in.list().forEach(element -> {
      if (element.value() instanceof Map<?, ?> map && map.get("code") instanceof String code) {
        codes.add(code);
      }
    });
    return unique(in, element -> credential(element, codes), Credential::code);
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
