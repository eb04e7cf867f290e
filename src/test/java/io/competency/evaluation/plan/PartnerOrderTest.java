package io.competency.evaluation.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.competency.evaluation.plan.PartnerOrder.Shortfall;
import io.competency.evaluation.plan.PartnerOrder.Standing;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A partner-wide evaluation lists the highest achieved tier first, then the option closest to its next
 * tier (sum of shortfall ÷ required, exactly), then catalog order.
 */
class PartnerOrderTest {

  static Stream<Arguments> pairs() {
    return Stream.of(
        // first, second: the first sorts before the second
        Arguments.of("a higher achieved rank first, however far its next tier",
            standing(2, 9, of(900, 1000)), standing(1, 0, of(1, 1000))),
        Arguments.of("any achieved tier before none",
            standing(1, 5, of(1, 1)), standing(null, 0, of(0, 1))),
        Arguments.of("same rank: the closer next tier first",
            standing(1, 3, of(1, 4)), standing(1, 0, of(1, 2))),
        Arguments.of("closeness adds up over the requirements",
            standing(null, 3, of(1, 2)), standing(null, 0, of(1, 4), of(1, 2))),
        Arguments.of("closeness is relative: US$5,000 of 10,000 is as far as 1 of 2 people, then catalog order",
            standing(1, 0, of(5_000, 10_000)), standing(1, 1, of(1, 2))),
        Arguments.of("exact fractions: 1/3 + 1/3 + 1/3 ties with 1/1, then catalog order",
            standing(1, 0, of(1, 3), of(1, 3), of(1, 3)), standing(1, 1, of(1, 1))),
        Arguments.of("exact fractions: 1/3 + 1/3 + 1/3 ties with 1/1 either way round",
            standing(1, 0, of(1, 1)), standing(1, 1, of(1, 3), of(1, 3), of(1, 3))),
        Arguments.of("exact fractions: 1/10 + 1/10 + 1/10 ties with 3/10 (in doubles it would not)",
            standing(1, 0, of(3, 10)), standing(1, 1, of(1, 10), of(1, 10), of(1, 10))),
        Arguments.of("a fraction just below another is below it",
            standing(1, 9, of(99_999_999, 100_000_000)), standing(1, 0, of(999_999_999, 1_000_000_000))),
        Arguments.of("a requirement with nothing required adds nothing",
            standing(1, 0, of(0, 0), of(1, 4)), standing(1, 1, of(1, 4))),
        Arguments.of("met requirements add nothing",
            standing(1, 0, of(0, 10), of(1, 4)), standing(1, 1, of(1, 4))),
        Arguments.of("no next tier (top tier achieved) is closest",
            standing(2, 5), standing(2, 0, of(1, 1000))),
        Arguments.of("same rank, same distance: catalog order",
            standing(null, 2, of(1, 2)), standing(null, 7, of(2, 4))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void theFirstSortsBeforeTheSecond(String row, Standing first, Standing second) {
    assertEquals(-1, Integer.signum(PartnerOrder.INSTANCE.compare(first, second)));
    assertEquals(1, Integer.signum(PartnerOrder.INSTANCE.compare(second, first)));
    assertEquals(0, PartnerOrder.INSTANCE.compare(first, first));
  }

  @Test
  void sortingAPartnersOptionsGivesTheDesignOrder() {
    List<Standing> expected = List.of(
        standing(2, 4),
        standing(2, 1, of(1, 10)),
        standing(1, 0, of(1, 3)),
        standing(1, 2, of(1, 3)),
        standing(1, 3, of(1, 2)),
        standing(null, 5, of(0, 5), of(1, 5)),
        standing(null, 6, of(3, 5)));
    List<Standing> shuffled = new ArrayList<>(expected);
    Collections.shuffle(shuffled, new Random(11));

    shuffled.sort(PartnerOrder.INSTANCE);

    assertEquals(expected, shuffled);
  }

  @Test
  void negativeAmountsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> of(-1, 5));
    assertThrows(IllegalArgumentException.class, () -> of(1, -5));
  }

  private static Standing standing(Integer achievedRank, int catalogIndex, Shortfall... nextTier) {
    return new Standing(achievedRank, List.of(nextTier), catalogIndex);
  }

  private static Shortfall of(long shortfall, long required) {
    return new Shortfall(shortfall, required);
  }
}
