package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpatialRelationTest {

  @ParameterizedTest(name = "\"{0}\" gives {1}")
  @CsvSource(delimiter = '|', value = {
      "a blast near Kabul | near | | near Kabul",
      "fighting outside Peshawar | outside | | outside Peshawar",
      "a raid just outside Peshawar | outside | | just outside Peshawar",
      "on the outskirts of Kandahar | outside | | on the outskirts of Kandahar",
      "in the vicinity of Mosul | near | | in the vicinity of Mosul",
      "30 km north of Kabul | north_of | 30.0 | 30 km north of Kabul",
      "30km north of Kabul | north_of | 30.0 | 30km north of Kabul",
      "20 miles south-east of Baghdad | southeast_of | 32.18688 | 20 miles south-east of Baghdad",
      "five kilometres west of Gao | west_of | 5.0 | five kilometres west of Gao",
      "north-west of Aleppo | northwest_of | | north-west of Aleppo",
      "40 km from Medellin | near | 40.0 | 40 km from Medellin",
      "25 miles away from Kabul | near | 40.2336 | 25 miles away from Kabul",
      "returned from Kabul | | | ",
      "in Kabul | | | ",
  })
  void a_relation_before_a_name_is_read_with_its_offset(String text, String relation, Double km,
      String phrase) {
    List<Token> tokens = Tokenizer.tokenize(text);
    int name = tokens.size() - 1;
    SpatialRelation r = SpatialRelation.before(tokens, name);
    if (relation == null) {
      assertThat(r).isNull();
      return;
    }
    assertThat(r).isNotNull();
    assertThat(r.relation()).isEqualTo(relation);
    if (km == null) {
      assertThat(r.offsetKm()).isNull();
    } else {
      assertThat(r.offsetKm()).isCloseTo(km, org.assertj.core.data.Offset.offset(1e-3));
    }
    assertThat(text.substring(tokens.get(r.firstToken()).start())).isEqualTo(phrase);
  }
}
