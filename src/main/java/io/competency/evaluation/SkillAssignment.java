package io.competency.evaluation;

import io.competency.catalog.CredentialChoice;
import io.competency.catalog.QualificationPath;
import io.competency.catalog.SkillRequirement;
import io.competency.catalog.SkillRole;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who fills which role of one skill requirement. A person qualifies for a role when some path of the
 * role has every choice satisfied by the credentials they hold; they fill it by the first such path.
 * Each person id counts once.
 *
 * <p>With distinct people, the role slots ({@code individuals} per role) are filled by a maximum
 * bipartite assignment of people to slots (augmenting paths, people taken in input order), so a person
 * who qualifies for two roles fills one, and a role is filled by moving someone to another role when
 * that frees a slot. Earlier people are preferred: a person is left out only when no assignment of the
 * people before them leaves room. People who qualify once every slot they could fill is taken are
 * counted in their first role beyond its need. Without distinct people every role counts everyone who
 * qualifies for it.
 */
final class SkillAssignment {
  private final SkillRequirement requirement;
  private final List<IndividualData> people;
  /** {@code paths[i][r]}: the first path of role r that person i satisfies, or -1. */
  private final int[][] paths;
  /** The role each person fills, or -1. */
  private final int[] assigned;
  private final List<List<Integer>> members = new ArrayList<>();

  private SkillAssignment(SkillRequirement requirement, List<IndividualData> people, List<Set<String>> held, boolean[] firstOfId) {
    this.requirement = requirement;
    this.people = people;
    List<SkillRole> roles = requirement.roles();
    this.paths = new int[people.size()][roles.size()];
    for (int i = 0; i < people.size(); i++) {
      for (int r = 0; r < roles.size(); r++) {
        paths[i][r] = firstOfId[i] ? firstSatisfiedPath(roles.get(r).paths(), held.get(i)) : -1;
      }
    }
    this.assigned = new int[people.size()];
    Arrays.fill(assigned, -1);
    roles.forEach(role -> members.add(new ArrayList<>()));
  }

  /** The verdict on {@code requirement} for {@code people}, whose credentials are {@code held} (same order). */
  static SkillResult judge(SkillRequirement requirement, List<IndividualData> people, List<Set<String>> held) {
    return judge(requirement, people, held, firstOfEachId(people));
  }

  /** Per person, whether they are the first with their id. */
  static boolean[] firstOfEachId(List<IndividualData> people) {
    Set<String> seen = new HashSet<>();
    boolean[] first = new boolean[people.size()];
    for (int i = 0; i < first.length; i++) {
      first[i] = seen.add(people.get(i).id());
    }
    return first;
  }

  /**
   * The verdict on {@code requirement} for {@code people}, whose credentials are {@code held} (same order);
   * {@code firstOfId[i]} says whether person i is the first with their id (a later one does not count).
   */
  static SkillResult judge(SkillRequirement requirement, List<IndividualData> people, List<Set<String>> held, boolean[] firstOfId) {
    SkillAssignment assignment = new SkillAssignment(requirement, people, held, firstOfId);
    return requirement.distinctPeople() ? assignment.distinct() : assignment.independent();
  }

  private SkillResult distinct() {
    int slots = requirement.individuals();
    int filled = 0;
    for (int i = 0; i < people.size() && filled < slots; i++) {
      if (augment(i, new boolean[members.size()])) {
        filled++;
      }
    }
    List<QualifiedIndividual> qualified = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      if (assigned[i] < 0) {
        assigned[i] = firstRole(i);
        if (assigned[i] >= 0) {
          members.get(assigned[i]).add(i);
        }
      }
      if (assigned[i] >= 0) {
        qualified.add(new QualifiedIndividual(people.get(i).id(), paths[i][assigned[i]], assigned[i]));
      }
    }
    return result(qualified);
  }

  /** Finds room for person {@code i}, moving people already placed where that frees a slot. */
  private boolean augment(int i, boolean[] visited) {
    for (int r = 0; r < members.size(); r++) {
      if (paths[i][r] < 0 || visited[r]) {
        continue;
      }
      visited[r] = true;
      List<Integer> holders = members.get(r);
      if (holders.size() < requirement.roles().get(r).individuals()) {
        place(i, r);
        return true;
      }
      for (int h = 0; h < holders.size(); h++) {
        int other = holders.get(h);
        if (augment(other, visited)) {
          holders.remove(Integer.valueOf(other));
          place(i, r);
          return true;
        }
      }
    }
    return false;
  }

  private void place(int i, int role) {
    members.get(role).add(i);
    assigned[i] = role;
  }

  private int firstRole(int i) {
    for (int r = 0; r < members.size(); r++) {
      if (paths[i][r] >= 0) {
        return r;
      }
    }
    return -1;
  }

  private SkillResult independent() {
    List<QualifiedIndividual> qualified = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      for (int r = 0; r < members.size(); r++) {
        if (paths[i][r] >= 0) {
          members.get(r).add(i);
          qualified.add(new QualifiedIndividual(people.get(i).id(), paths[i][r], r));
        }
      }
    }
    return result(qualified);
  }

  private SkillResult result(List<QualifiedIndividual> qualified) {
    List<SkillRoleResult> roles = new ArrayList<>();
    boolean met = true;
    int total = 0;
    int upToNeed = 0;
    for (int r = 0; r < members.size(); r++) {
      int need = requirement.roles().get(r).individuals();
      int actual = members.get(r).size();
      roles.add(new SkillRoleResult(r, actual >= need, need, actual, filledElsewhere(r)));
      met &= actual >= need;
      total += actual;
      upToNeed += Math.min(actual, need);
    }
    return new SkillResult(requirement, met, requirement.individuals(), met ? total : upToNeed, qualified, roles);
  }

  /** With distinct people: who qualifies for role {@code r} but fills another. */
  private List<String> filledElsewhere(int r) {
    List<String> out = new ArrayList<>();
    if (requirement.distinctPeople()) {
      for (int i = 0; i < people.size(); i++) {
        if (paths[i][r] >= 0 && assigned[i] >= 0 && assigned[i] != r) {
          out.add(people.get(i).id());
        }
      }
    }
    return out;
  }

  /** Plain loops rather than streams: this runs for every person, role and path of every skill requirement. */
  static int firstSatisfiedPath(List<QualificationPath> paths, Set<String> held) {
    for (int p = 0; p < paths.size(); p++) {
      if (satisfiesEvery(paths.get(p).choices(), held)) {
        return p;
      }
    }
    return -1;
  }

  private static boolean satisfiesEvery(List<CredentialChoice> choices, Set<String> held) {
    for (CredentialChoice choice : choices) {
      if (!satisfied(choice, held)) {
        return false;
      }
    }
    return true;
  }

  private static boolean satisfied(CredentialChoice choice, Set<String> held) {
    for (String code : choice.anyOf()) {
      if (held.contains(code)) {
        return true;
      }
    }
    return false;
  }
}
