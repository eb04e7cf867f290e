package io.competency.evaluation;

import static io.competency.evaluation.Program2017.DEVELOPED;
import static io.competency.evaluation.Program2017.SERVICE_PARTNER;
import static io.competency.evaluation.Program2017.evaluate;
import static io.competency.evaluation.Program2017.people;
import static io.competency.evaluation.Program2017.person;
import static io.competency.evaluation.Program2017.skill;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Windows and Devices, Service Partner: exams 70-354 and 70-355 are "Retiring September 30, 2017". A
 * retired credential still counts; an evaluation that counts one carries CREDENTIAL_RETIRED (after
 * that day) or CREDENTIAL_RETIRING (within 90 days before it, the day itself included).
 */
class RetiringCredentialsStillCountWithANoticeTest {
  private static final LocalDate RETIRES_ON = LocalDate.of(2017, 9, 30);

  static Stream<Arguments> dates() {
    return Stream.of(
        // asOf, notice
        Arguments.of(LocalDate.of(2017, 7, 1), List.of()),
        Arguments.of(RETIRES_ON.minusDays(90), List.of(new Notice(Notice.CREDENTIAL_RETIRING, "70-354"))),
        Arguments.of(LocalDate.of(2017, 9, 1), List.of(new Notice(Notice.CREDENTIAL_RETIRING, "70-354"))),
        Arguments.of(RETIRES_ON, List.of(new Notice(Notice.CREDENTIAL_RETIRING, "70-354"))),
        Arguments.of(RETIRES_ON.plusDays(1), List.of(new Notice(Notice.CREDENTIAL_RETIRED, "70-354"))),
        Arguments.of(LocalDate.of(2019, 1, 1), List.of(new Notice(Notice.CREDENTIAL_RETIRED, "70-354"))));
  }

  @ParameterizedTest(name = "as of {0}: {1}")
  @MethodSource("dates")
  void aCountedRetiringExamGivesOneNoticeAndStillCounts(LocalDate asOf, List<Notice> notices) {
    EvaluationResult result = evaluate(SERVICE_PARTNER, DEVELOPED, asOf, people(person("ann", "70-354"), person("bob", "70-354")));

    assertEquals(notices, result.notices());
    assertEquals(true, skill(result, "silver", 0).met());
  }

  @Test
  void noNoticeWhenThePersonAlsoHoldsAnExamThatIsNotRetiring() {
    EvaluationResult result = evaluate(SERVICE_PARTNER, DEVELOPED, RETIRES_ON.plusDays(1),
        people(person("ann", "70-354", "70-357"), person("bob", "TA-WINDOWS-10-DEPLOYMENT")));

    assertEquals(List.of(), result.notices());
  }

  @Test
  void eachRetiredCredentialIsNoticedOnceInTheOrderFirstCounted() {
    EvaluationResult result = evaluate(SERVICE_PARTNER, DEVELOPED, RETIRES_ON.plusDays(1),
        people(person("ann", "70-355"), person("bob", "70-354"), person("cy", "70-355")));

    assertEquals(List.of(new Notice(Notice.CREDENTIAL_RETIRED, "70-355"), new Notice(Notice.CREDENTIAL_RETIRED, "70-354")),
        result.notices());
  }

  @Test
  void aRetiredCredentialNobodyIsCountedByGivesNoNotice() {
    EvaluationResult result = evaluate(Program2017.ERP, DEVELOPED, RETIRES_ON.plusDays(1), people(person("ann", "70-354")));

    assertEquals(List.of(), result.notices());
  }
}
