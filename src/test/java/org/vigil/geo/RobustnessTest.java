package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Odd input never throws and never yields a span outside the text. */
class RobustnessTest {

  private static GazetteerGeocoder geocoder;

  @BeforeAll
  static void load() {
    geocoder = new GazetteerGeocoder(Gazetteer.loadDefault());
  }

  @Test
  void empty_and_placeless_texts_give_no_places() {
    assertThat(geocoder.resolve("", GeoContext.none())).isEmpty();
    assertThat(geocoder.resolve(" -- ... ''' ", GeoContext.none())).isEmpty();
    assertThat(geocoder.incidentLocation("nothing happened", GeoContext.none())).isEmpty();
  }

  @Test
  void random_text_made_of_place_words_digits_and_punctuation_never_breaks_the_geocoder() {
    String[] words = {"in", "near", "Kabul", "KABUL", "north", "of", "30", "km", "99999999999km",
        "-", "--", ",", ".", "'s", "al-", "Mosul", "shrine", "the", "Hazrat", "Masumeh", "Iranian",
        "district", "province", "San", "Miguel", "DEPARTMENT", "é", "’", "\u0301", "Qum", "and",
        "outskirts", "Battalion", "U.S.", "Ma'rib", "\n", "(", ")", "Daquq", "Kirkuk", "Iraq"};
    Random random = new Random(42);
    for (int i = 0; i < 2_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(40);
      for (int k = 0; k < n; k++) {
        b.append(words[random.nextInt(words.length)]);
        b.append(random.nextInt(4) == 0 ? "" : " ");
      }
      String text = b.toString();
      GeoContext context = random.nextBoolean() ? GeoContext.none() : new GeoContext("iq");
      List<ResolvedPlace> places = geocoder.resolve(text, context);
      for (ResolvedPlace p : places) {
        assertThat(p.span().end()).as(text).isLessThanOrEqualTo(text.length());
      }
      geocoder.incidentLocation(text, context);
    }
  }

  @Test
  void a_very_long_text_is_cut_at_the_documented_limit() {
    String text = "A bomb exploded in Kabul. ".repeat(20_000);
    List<ResolvedPlace> places = geocoder.resolve(text, GeoContext.none());
    assertThat(places).isNotEmpty();
    assertThat(places.get(places.size() - 1).span().end())
        .isLessThanOrEqualTo(GazetteerGeocoder.MAX_TEXT_CHARS);
  }

  @Test
  void a_text_gets_the_same_places_from_a_fresh_geocoder_and_from_one_that_read_other_texts_on_other_threads()
      throws Exception {
    String text = "GUERRILLAS ATTACKED A POLICE POST IN SAN MIGUEL DEPARTMENT AND IN USULUTAN, EL SALVADOR.";
    List<ResolvedPlace> fresh = new GazetteerGeocoder(Gazetteer.loadDefault()).resolve(text, GeoContext.none());
    assertThat(fresh).extracting(ResolvedPlace::countryCode).contains("SV");
    List<String> others = List.of("A bomb exploded in San Miguel, Chile.", "SOLDIERS PATROLLED USULUTAN AND SAN SALVADOR.",
        "Police in Miguel Hidalgo said the post was attacked.", "EL SALVADOR: AN ATTACK IN SAN MIGUEL.");
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      for (java.util.concurrent.Future<?> f : pool.invokeAll(others.stream()
          .map(o -> (java.util.concurrent.Callable<List<ResolvedPlace>>) () -> geocoder.resolve(o, GeoContext.none()))
          .toList())) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(geocoder.resolve(text, GeoContext.none())).isEqualTo(fresh);
  }
}
