package io.competency.store;

import io.competency.catalog.Tier;
import io.competency.evaluation.Evaluation;
import io.competency.evaluation.TierResult;
import io.vertx.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an evaluation is laid out in PostgreSQL: the {@link EvaluationCodec} tree of what reads need
 * ({@link EvaluationStore#readable}), split in two. The tiers it ran against and the codes they use
 * (about nine tenths of the tree, and the same for every evaluation against one catalog revision) go
 * to a shared {@code evaluated_tiers} row, named by the SHA-256 of its JSON; the rest, a few hundred
 * bytes for a typical partner, is the evaluation's own {@code body}. {@link #join} puts the two back
 * together into the codec's tree.
 */
final class EvaluationRow {
  private static final int CACHED_TIER_SETS = 16;

  /** JSON texts of a row: its own body, and the tier set it refers to (null when the body holds everything). */
  record Encoded(String body, TierSet tiers) {
  }

  /** The shared part: tiers and vocabulary, as JSON, and the SHA-256 (hex) of that JSON. */
  record TierSet(String digest, String json) {
  }

  private final EvaluationCodec codec = new EvaluationCodec();
  private final Map<TierIdentity, TierSet> tierSets = java.util.Collections.synchronizedMap(
      new LinkedHashMap<>(CACHED_TIER_SETS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<TierIdentity, TierSet> eldest) {
          return size() > CACHED_TIER_SETS;
        }
      });

  @SuppressWarnings("unchecked")
  Encoded encode(Evaluation evaluation) {
    Evaluation e = EvaluationStore.readable(evaluation);
    Map<String, Object> tree = codec.encode(e.request(), e.result());
    if (!(tree.get("result") instanceof Map<?, ?> result) || !(result.get("tiers") instanceof List<?> tiers)) {
      return new Encoded(Json.encode(tree), null);
    }
    Map<String, Object> tierSet = new LinkedHashMap<>();
    tierSet.put("vocabulary", ((Map<String, Object>) result).remove("vocabulary"));
    List<Object> definitions = new ArrayList<>(tiers.size());
    for (Object t : tiers) {
      Map<String, Object> tier = (Map<String, Object>) t;
      Map<String, Object> definition = new LinkedHashMap<>();
      for (String key : List.of("competency", "option", "tier")) {
        definition.put(key, tier.remove(key));
      }
      definitions.add(definition);
    }
    tierSet.put("tiers", definitions);
    TierIdentity identity = new TierIdentity(e.result().tiers().stream().map(TierResult::tier).toList());
    TierSet shared = tierSets.computeIfAbsent(identity, k -> tierSet(Json.encode(tierSet)));
    return new Encoded(Json.encode(tree), shared);
  }

  /** The codec's tree of a row: its body, with the tier set it refers to (null: none) merged back in. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> join(String body, String tierSetJson) {
    Map<String, Object> tree = Json.CODEC.fromString(body, Map.class);
    if (tierSetJson == null) {
      return tree;
    }
    Map<String, Object> tierSet = Json.CODEC.fromString(tierSetJson, Map.class);
    Map<String, Object> result = (Map<String, Object>) tree.get("result");
    result.put("vocabulary", tierSet.get("vocabulary"));
    List<Object> tiers = (List<Object>) result.get("tiers");
    List<Object> definitions = (List<Object>) tierSet.get("tiers");
    if (tiers.size() != definitions.size()) {
      throw new IllegalArgumentException("a stored evaluation has " + tiers.size() + " tier results for " + definitions.size() + " tiers");
    }
    for (int i = 0; i < tiers.size(); i++) {
      ((Map<String, Object>) tiers.get(i)).putAll((Map<String, Object>) definitions.get(i));
    }
    return tree;
  }

  private static TierSet tierSet(String json) {
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
      return new TierSet(HexFormat.of().formatHex(sha), json);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The tiers of one evaluation, compared by identity: every evaluation against one catalog snapshot
   * shares its {@link Tier} objects, so this finds the tier set already encoded without comparing trees.
   */
  private static final class TierIdentity {
    private final List<Tier> tiers;
    private final int hash;

    TierIdentity(List<Tier> tiers) {
      this.tiers = tiers;
      int h = 1;
      for (Tier t : tiers) {
        h = 31 * h + System.identityHashCode(t);
      }
      this.hash = h;
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof TierIdentity that) || that.tiers.size() != tiers.size()) {
        return false;
      }
      for (int i = 0; i < tiers.size(); i++) {
        if (tiers.get(i) != that.tiers.get(i)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
