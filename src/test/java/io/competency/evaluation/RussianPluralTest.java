package io.competency.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The CLDR cardinal rule for Russian: one for 1, 21, 101…; few for 2–4, 22–24…; many for the rest (11–14 included). */
class RussianPluralTest {

  static Stream<Arguments> counts() {
    return Stream.of(
        Arguments.of(0, "many"), Arguments.of(1, "one"), Arguments.of(2, "few"), Arguments.of(3, "few"),
        Arguments.of(4, "few"), Arguments.of(5, "many"), Arguments.of(10, "many"), Arguments.of(11, "many"),
        Arguments.of(12, "many"), Arguments.of(14, "many"), Arguments.of(21, "one"), Arguments.of(22, "few"),
        Arguments.of(25, "many"), Arguments.of(101, "one"), Arguments.of(111, "many"), Arguments.of(112, "many"),
        Arguments.of(122, "few"), Arguments.of(2_001, "one"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("counts")
  void aCountTakesTheFormOfItsCategory(int count, String category) {
    assertEquals(category, RussianWording.plural(count, "one", "few", "many"));
  }
}
