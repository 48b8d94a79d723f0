package org.vigil.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vigil.extract.Claim;
import org.vigil.extract.IncidentType;
import org.vigil.extract.Labelled;
import org.vigil.extract.Status;
import org.vigil.review.ReviewField;

/**
 * The review buttons of one field of an incident: confirm, reject (where the field may be
 * empty) and correct. Fields with fixed values (type, status, claim, country) are corrected with a
 * drop-down of the labels the UI shows; the others with a text box wide enough for their value.
 * A refused correction comes back with its message beside the box and the value as typed.
 */
final class ReviewForm {

  /** Value and label of each choice of the fields with fixed values; countries by English name. */
  private static final Map<ReviewField, List<String[]>> CHOICES = Map.of(
      ReviewField.TYPE, labels(IncidentType.values()), ReviewField.STATUS, labels(Status.values()),
      ReviewField.CLAIM, labels(Claim.values()), ReviewField.COUNTRY, Arrays.stream(Locale.getISOCountries())
          .map(c -> new String[] {c, Names.country(c)}).sorted(Comparator.comparing((String[] c) -> c[1])).toList());

  /** A correction the server refused: the field, the value as typed and why. */
  record Refusal(String field, String value, String message) {}

  private ReviewForm() {}

  static String html(long id, ReviewField f, String chosen, String csrf, boolean owns, @Nullable Refusal refused) {
    String base = "<form method=\"post\" action=\"/ui/incidents/" + id + "/review\">" + Layout.csrfField(csrf)
        + "<input type=\"hidden\" name=\"field\" value=\"" + f.label() + "\">";
    StringBuilder b = new StringBuilder("<div class=\"review\">");
    b.append(base).append("<button type=\"submit\" name=\"action\" value=\"confirm\" class=\"secondary\" aria-label=\"Confirm ")
        .append(f.label()).append("\">Confirm</button></form>");
    if (f.rejectable()) {
      b.append(base).append("<button type=\"submit\" name=\"action\" value=\"reject\" class=\"secondary\" aria-label=\"Reject ")
          .append(f.label()).append("\">Reject</button></form>");
    }
    boolean wrong = refused != null && refused.field().equals(f.label());
    String value = wrong ? refused.value() : chosen;
    String input = "v-" + f.label();
    b.append(base).append("<input type=\"hidden\" name=\"action\" value=\"set\"><label class=\"visually-hidden\" for=\"")
        .append(input).append("\">New ").append(f.label()).append("</label>");
    String attrs = " id=\"" + input + "\" name=\"value\" required" + (wrong ? " aria-invalid=\"true\" aria-describedby=\"e-"
        + f.label() + "\"" : "");
    List<String[]> choices = CHOICES.get(f);
    if (choices == null) {
      b.append("<input").append(attrs).append(" size=\"").append(Math.max(12, Math.min(40, value.length() + 2)))
          .append("\" value=\"").append(Html.esc(value)).append("\">");
    } else {
      b.append("<select").append(attrs).append('>');
      if (choices.stream().noneMatch(c -> c[0].equalsIgnoreCase(value))) {
        b.append("<option value=\"\" selected>(choose)</option>");
      }
      choices.forEach(c -> b.append("<option value=\"").append(c[0]).append('"')
          .append(c[0].equalsIgnoreCase(value) ? " selected" : "").append('>').append(Html.esc(c[1])).append("</option>"));
      b.append("</select>");
    }
    b.append("<button type=\"submit\" aria-label=\"Correct ").append(f.label()).append("\">")
        .append(owns ? "Correct" : "Propose").append("</button></form>");
    if (wrong) {
      b.append("<p class=\"error\" role=\"alert\" id=\"e-").append(f.label()).append("\">").append(Html.esc(refused.message()))
          .append("</p>");
    }
    return b.append("</div>").toString();
  }

  private static <E extends Enum<E> & Labelled> List<String[]> labels(E[] values) {
    return Arrays.stream(values).map(v -> new String[] {v.label(), v.label().replace('_', ' ')}).toList();
  }
}
