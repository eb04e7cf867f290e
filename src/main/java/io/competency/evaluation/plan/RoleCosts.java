package io.competency.evaluation.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a person still misses in each role of a demand, computed with bit sets: every choice of the demand
 * is numbered, a person becomes the set of choices their credentials satisfy, a path is the set of its
 * choices, and the choices missing on a path are the path's bits the person lacks. Reading a person is
 * one map lookup per credential they hold; a cost is then a few word operations per path, which keeps a
 * pass over tens of thousands of people cheap.
 *
 * <p>A newcomer is a person who satisfies nothing: {@link #none()}.
 */
final class RoleCosts {
  private final List<RoleDemand> roles;
  private final int words;
  private final Map<String, long[]> choicesByCode = new HashMap<>();
  private final long[][][] pathChoices;
  private final int[][] firstChoice;

  RoleCosts(List<RoleDemand> roles) {
    this.roles = roles;
    int choices = roles.stream()
        .flatMap(role -> role.paths().stream())
        .mapToInt(path -> path.choices().size())
        .sum();
    this.words = Math.max(1, (choices + 63) / 64);
    this.pathChoices = new long[roles.size()][][];
    this.firstChoice = new int[roles.size()][];
    int bit = 0;
    for (int r = 0; r < roles.size(); r++) {
      List<CredentialPath> paths = roles.get(r).paths();
      pathChoices[r] = new long[paths.size()][words];
      firstChoice[r] = new int[paths.size()];
      for (int p = 0; p < paths.size(); p++) {
        firstChoice[r][p] = bit;
        for (Choice choice : paths.get(p).choices()) {
          set(pathChoices[r][p], bit);
          for (String code : choice.anyOf()) {
            set(choicesByCode.computeIfAbsent(code, c -> new long[words]), bit);
          }
          bit++;
        }
      }
    }
  }

  /** The choices satisfied by nobody's credentials: a newcomer. */
  long[] none() {
    return new long[words];
  }

  /** The choices {@code person}'s credentials satisfy, written into {@code into} (which is cleared first). */
  long[] satisfied(Individual person, long[] into) {
    Arrays.fill(into, 0L);
    for (String code : person.credentials()) {
      long[] choices = choicesByCode.get(code);
      if (choices != null) {
        or(into, choices);
      }
    }
    return into;
  }

  /** The fewest choices a person satisfying {@code satisfied} still misses on any path of {@code role}. */
  int cost(long[] satisfied, int role) {
    int fewest = Integer.MAX_VALUE;
    for (int p = 0; p < pathChoices[role].length; p++) {
      fewest = Math.min(fewest, missingCount(satisfied, role, p));
    }
    return fewest;
  }

  /** The first path of {@code role} on which a person satisfying {@code satisfied} misses the fewest choices. */
  int path(long[] satisfied, int role) {
    int best = 0;
    int fewest = Integer.MAX_VALUE;
    for (int p = 0; p < pathChoices[role].length; p++) {
      int missing = missingCount(satisfied, role, p);
      if (missing < fewest) {
        fewest = missing;
        best = p;
      }
    }
    return best;
  }

  /** The choices of {@code path} of {@code role} that a person satisfying {@code satisfied} misses, in path order. */
  List<Choice> missing(long[] satisfied, int role, int path) {
    List<Choice> choices = roles.get(role).paths().get(path).choices();
    List<Choice> missing = new ArrayList<>();
    for (int c = 0; c < choices.size(); c++) {
      if (!isSet(satisfied, firstChoice[role][path] + c)) {
        missing.add(choices.get(c));
      }
    }
    return missing;
  }

  private int missingCount(long[] satisfied, int role, int path) {
    long[] needed = pathChoices[role][path];
    int missing = 0;
    for (int w = 0; w < words; w++) {
      missing += Long.bitCount(needed[w] & ~satisfied[w]);
    }
    return missing;
  }

  private static void set(long[] bits, int bit) {
    bits[bit >>> 6] |= 1L << bit;
  }

  private static boolean isSet(long[] bits, int bit) {
    return (bits[bit >>> 6] & (1L << bit)) != 0;
  }

  private static void or(long[] into, long[] bits) {
    for (int w = 0; w < into.length; w++) {
      into[w] |= bits[w];
    }
  }
}
