package io.competency.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * A global object id: a type name and a key, encoded as URL-safe base64 of {@code Type:key} so that
 * clients treat it as opaque. Keys are slug paths ({@code cloud-productivity/managed-service-partner/gold})
 * and do not change while the object exists.
 */
public record NodeId(String type, String key) {
  public static final String COMPETENCY = "Competency";
  public static final String OPTION = "Option";
  public static final String TIER = "Tier";
  public static final String REQUIREMENT = "Requirement";
  public static final String EVALUATION = "Evaluation";

  public NodeId {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
  }

  public static NodeId of(String type, String... keyParts) {
    return new NodeId(type, String.join("/", keyParts));
  }

  /** The id decoded, or null when {@code encoded} is not an id this API issued. */
  public static NodeId parse(String encoded) {
    if (encoded == null || encoded.length() > 1024) {
      return null;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = text.indexOf(':');
      return colon <= 0 || colon == text.length() - 1 ? null : new NodeId(text.substring(0, colon), text.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public List<String> keyParts() {
    return List.of(key.split("/", -1));
  }

  public String encode() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString((type + ":" + key).getBytes(StandardCharsets.UTF_8));
  }

  public static String of(Competency c) {
    return of(COMPETENCY, c.slug()).encode();
  }

  public static String of(Option o) {
    return of(OPTION, o.competency(), o.slug()).encode();
  }

  public static String of(Tier t) {
    return of(TIER, t.path().competency(), t.path().option(), t.slug()).encode();
  }

  public static String of(Requirement r) {
    return of(REQUIREMENT, r.tier().competency(), r.tier().option(), r.tier().tier(), String.valueOf(r.position())).encode();
  }
}
