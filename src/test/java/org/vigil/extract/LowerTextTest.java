package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LowerTextTest {

  @Test
  void the_text_is_in_lower_case_and_words_are_found_where_they_first_occur() {
    LowerText t = new LowerText("HECTOR OQUELI COLINDRES was shot; later OQUELI's car was found.");

    assertThat(t.text()).isEqualTo("hector oqueli colindres was shot; later oqueli's car was found.");
    assertThat(t.firstIndexOf("oqueli")).isEqualTo(7);
    assertThat(t.firstIndexOf("oqueli")).as("asked again").isEqualTo(7);
    assertThat(t.firstIndexOf("car was")).isEqualTo(49);
    assertThat(t.firstIndexOf("garcia")).isEqualTo(-1);
    assertThat(t.firstIndexOf("d.")).as("the last two characters").isEqualTo(61);
    assertThat(t.firstIndexOf("s")).as("one character").isEqualTo(22);
    assertThat(t.firstIndexOf("")).isZero();
    assertThat(t.firstIndexOf("found. and more")).isEqualTo(-1);
    String text = t.text();
    for (int from = 0; from < text.length(); from++) {
      for (int to = from; to <= Math.min(text.length(), from + 12); to++) {
        String words = text.substring(from, to);
        assertThat(t.firstIndexOf(words)).as(words).isEqualTo(text.indexOf(words));
      }
    }
  }
}
