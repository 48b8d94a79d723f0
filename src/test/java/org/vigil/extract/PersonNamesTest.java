package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;
import org.vigil.text.Span;

/**
 * People named in capitals (issue 14, MUC-4 class 1): a person named in part is reported by the
 * full name the report gives elsewhere, and the shorter forms of a name never start or end with
 * the particle that joins its parts.
 */
class PersonNamesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(1990, 3, 5);

  private static Doc doc(String text) {
    return Engines.bundled().assemble(Report.of("test", text, PUBLISHED)).doc();
  }

  /** The full form of the two-word name that starts at the {@code nth} occurrence (from 0) of {@code word}. */
  private static Optional<String> fullForm(Doc doc, String word, int nth) {
    int seen = 0;
    for (int i = 0; i < doc.tokens.size(); i++) {
      if (doc.key(i).equals(word) && seen++ == nth) {
        return FullNames.of(doc, i, i + 2).map(Span.class::cast).map(s -> doc.words(s).replaceAll("\\s+", " "));
      }
    }
    throw new AssertionError("no occurrence " + nth + " of " + word);
  }

  @Test
  void a_surname_pair_written_later_takes_the_name_given_with_the_title() {
    Doc doc = doc("BOGOTA, 5 MAR 90 -- [TEXT] POLICE GENERAL RAFAEL ANTONIO BERMUDEZ SOTO SAID TODAY THAT HE WILL "
        + "STAY IN HIS POST. YESTERDAY GUNMEN TRIED TO KILL BERMUDEZ SOTO AS HE LEFT HIS OFFICE IN CALI.");
    assertThat(fullForm(doc, "bermudez", 1)).contains("RAFAEL ANTONIO BERMUDEZ SOTO");
  }

  @Test
  void two_people_who_share_the_surnames_leave_the_short_form_alone() {
    Doc doc = doc("SENATOR JORGE LUIS PARDO RUIZ AND HIS BROTHER, JUDGE ERNESTO JOSE PARDO RUIZ, LEFT THE CITY. "
        + "GUNMEN LATER SHOT PARDO RUIZ IN HIS CAR.");
    assertThat(fullForm(doc, "pardo", 2)).isEmpty();
  }

  @Test
  void a_name_is_not_run_on_into_the_verb_after_it() {
    Doc doc = doc("FATHER ANDRES FELIPE ROJAS ESCAPED FROM THE AMBUSH ON THE ROAD TO TUNJA. ANDRES FELIPE WAS "
        + "UNHURT, THE DIOCESE SAID.");
    assertThat(fullForm(doc, "andres", 1)).isEmpty();
  }

  @Test
  void no_shorter_form_of_a_name_starts_or_ends_with_its_particle() {
    Doc doc = doc("THE WIFE OF AN ARMY MAJOR, LUCIA AMPARO DE MONTOYA, WAS SHOT DEAD IN PEREIRA BY TWO MEN. "
        + "THE BODY OF JOSE DE LA CRUZ MEJIA WAS FOUND NEAR THE RIVER.");
    List<String> found = RoleCandidates.find(doc, 0, doc.tokens.size()).stream()
        .filter(c -> c.kind() == RoleCandidate.Kind.PERSON).map(c -> doc.words(c.span()).replaceAll("\\s+", " ")).toList();
    assertThat(found).contains("LUCIA AMPARO DE MONTOYA", "JOSE DE LA CRUZ MEJIA")
        .doesNotContain("DE MONTOYA", "LUCIA AMPARO DE", "LA CRUZ MEJIA", "JOSE DE LA", "DE LA CRUZ MEJIA");
  }

  @Test
  void verb_forms_in_capitals_name_no_one() {
    Doc doc = doc("LIMA, 5 MAR 90 -- [TEXT] THE REBELS SAID THEY HAD FREED HOSTAGES, DELIVERED WEAPONS DEPOTS AND "
        + "STOPPED ATTACKS. A RIOT ERUPTED TODAY IN CANTO GRANDE PRISON, WHERE INMATES KILLED JAVIER MENDOZA RIOS. "
        + "TO GOVERN FOR 10 YEARS IMPLIES HAVING PATIENCE, THE MINISTER SAID.");
    List<String> found = RoleCandidates.find(doc, 0, doc.tokens.size()).stream()
        .filter(c -> c.kind() == RoleCandidate.Kind.PERSON).map(c -> doc.words(c.span()).replaceAll("\\s+", " ")).toList();
    assertThat(found).contains("JAVIER MENDOZA RIOS")
        .noneMatch(n -> n.contains("DELIVERED") || n.contains("ERUPTED") || n.contains("IMPLIES") || n.contains("HAVING"));
  }

  @Test
  void a_surname_that_is_also_a_city_after_a_particle_stays_in_the_name() {
    Incident i = Engines.first("BOGOTA, 5 MAR 90 -- [TEXT] UNIDENTIFIED GUNMEN TODAY KILLED JUDGE ERNESTO DE LIMA AND "
        + "LAWYER CLARA DE ROJAS IN MEDELLIN.", PUBLISHED);
    assertThat(i.victims()).extracting(Victim::text).contains("ERNESTO DE LIMA", "CLARA DE ROJAS")
        .noneMatch(v -> v.endsWith(" DE"));
  }
}
