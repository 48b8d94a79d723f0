package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/** An arrest that is only asked for or owed detains no one (issue 14: a phantom arrest took a murdered priest as its detainee). */
class UnrealArrestsTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 4, 11);

  private static List<IncidentType> types(String text) {
    return Engines.bundled().extract(Report.of("test", text, PUBLISHED)).incidents().stream().map(Incident::type)
        .toList();
  }

  @Test
  void an_arrest_owed_or_demanded_is_no_arrest() {
    assertThat(types("Gunmen bombed a bank in Arequipa, Peru, on Monday. The bishop said it was the government's duty "
        + "to identify, arrest and try those responsible.")).containsExactly(IncidentType.BOMBING);
    assertThat(types("Gunmen bombed a bank in Arequipa, Peru, on Monday. The police must arrest the bombers, the "
        + "mayor said.")).containsExactly(IncidentType.BOMBING);
    assertThat(types("Gunmen bombed a bank in Arequipa, Peru, on Monday. Protesters demanded the arrest of the "
        + "bombers.")).containsExactly(IncidentType.BOMBING);
  }

  @Test
  void an_arrest_told_as_done_stays_one() {
    assertThat(types("Police arrested two suspects over the bombing of a bank in Arequipa, Peru, on Monday."))
        .contains(IncidentType.ARREST);
    assertThat(types("Soldiers went to arrest a rebel commander in Arequipa, Peru, on Monday and detained him after "
        + "a gunfight.")).contains(IncidentType.ARREST);
  }
}
