package io.competency.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GraphQL documents tests share, kept once in {@code src/test/resources/graphql/<name>.graphql}.
 * A document gets the fragments it spreads appended, each from the file named after it.
 */
public final class Documents {
  /** A fragment spread, {@code ...Verdict}; not an inline fragment, {@code ... on Tier}. */
  private static final Pattern SPREAD = Pattern.compile("\\.\\.\\.\\s*([A-Z]\\w*)");

  /** {@code evaluate} with every field of its verdict ({@code Verdict.graphql}), user errors and clientMutationId. */
  public static final String EVALUATE = load("evaluate");
  /** {@code evaluation(id: $id)} with the {@code Verdict} fields. */
  public static final String EVALUATION = load("evaluation");
  /** {@code node(id: $id)} with the {@code Verdict} fields of an evaluation. */
  public static final String EVALUATION_NODE = load("nodeEvaluation");

  public static final String ADD_TIER = load("addTier");
  public static final String UPDATE_TIER = load("updateTier");
  public static final String REMOVE_TIER = load("removeTier");
  public static final String ADD_COMPETENCY = load("addCompetency");
  public static final String ADD_OPTION = load("addOption");
  public static final String ADD_CREDENTIAL = load("addCredential");
  public static final String ADD_WORKLOAD = load("addWorkload");
  public static final String SET_TRANSLATION = load("setTranslation");
  /** One tier of the bundled option, by {@code $slug}, with the {@code TierFields}. */
  public static final String TIER = load("tier");
  /** The slugs and ranks of the bundled option's tiers. */
  public static final String TIER_SLUGS = load("tierSlugs");
  public static final String REVISION = load("revision");
  /** The fragment {@code TierFields}: every field of a tier the tests look at. */
  public static final String TIER_FIELDS = load("TierFields");

  private Documents() {
  }

  /** The document {@code graphql/<name>.graphql}, with the fragments it spreads. */
  public static String load(String name) {
    StringBuilder document = new StringBuilder(read(name));
    Set<String> fragments = new LinkedHashSet<>();
    for (int i = 0; i < document.length(); ) {
      Matcher spread = SPREAD.matcher(document);
      if (!spread.find(i)) {
        break;
      }
      i = spread.end();
      if (fragments.add(spread.group(1))) {
        document.append(read(spread.group(1)));
      }
    }
    return document.toString();
  }

  private static String read(String name) {
    String path = "graphql/" + name + ".graphql";
    try (InputStream in = Documents.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test document " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
