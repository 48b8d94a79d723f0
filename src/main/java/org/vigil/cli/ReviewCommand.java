package org.vigil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigil.registry.Registries;
import org.vigil.review.ReviewField;
import org.vigil.store.IncidentRow;
import org.vigil.store.Store;
import org.vigil.store.Viewer;
import org.vigil.merge.Reviewing;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vigil review INCIDENT FIELD confirm|reject|set VALUE}: an analyst's decision on one
 * field. It is stored apart from the machine values, applied at once, and kept when a newer
 * engine re-extracts the reports. Prints the field's new value in words, or as JSON with
 * {@code --format json}.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
    description = "Confirm, reject or set one field of an incident (fields: type, status, claim, date, "
        + "country, place, group, killed, wounded, arrested, kidnapped).")
final class ReviewCommand implements Callable<Integer> {

  enum Action { confirm, reject, set }

  @Spec CommandSpec spec;
  @Parameters(index = "0", paramLabel = "INCIDENT", description = "Incident id.") long incident;
  @Parameters(index = "1", paramLabel = "FIELD", description = "Field to review.") String field;
  @Parameters(index = "2", paramLabel = "ACTION", description = "confirm, reject or set.") Action action;
  @Parameters(index = "3", arity = "0..1", paramLabel = "VALUE", description = "New value (for set).") String value;
  @Option(names = "--format", defaultValue = "text", description = "What is printed: text or json (default: ${DEFAULT-VALUE}).")
  Format format;
  @Mixin StoreOptions storeOptions;

  enum Format { text, json }

  @Override
  public Integer call() {
    ReviewField f = ReviewField.fromLabel(field).orElseThrow(() ->
        new UserError("field '" + field + "' cannot be reviewed; fields: " + ReviewField.labels()));
    if (action == Action.set && value == null) {
      throw new UserError("set " + field + " needs a VALUE: " + field + " takes " + example(f));
    }
    if (action != Action.set && value != null) {
      throw new UserError(action + " takes no value; use 'set' to give " + field + " the value '" + value + "'");
    }
    if (action == Action.reject && !f.rejectable()) {
      throw new UserError(field + " cannot be empty, so it cannot be rejected; use 'set' to correct it");
    }
    String json;
    try {
      json = action == Action.set ? f.parse(value).toString() : null;
      if (action == Action.set && f == ReviewField.GROUP) {
        // an alias becomes the registry's canonical name, so that filters and merging find the group
        json = f.parse(Registries.bundled().groups().byName(value).map(org.vigil.registry.Group::name)
            .orElse(value)).toString();
      }
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    Settings settings = storeOptions.settings();
    Registries registries = Registries.bundled();
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = storeOptions.openExisting(settings, registries)) {
      String given = json;
      store.inTransaction(() -> new Reviewing(store, registries.groups(), settings.merge(), Clock.systemUTC())
          .review("cli", Viewer.OPERATOR, "cli", incident, f, action.name(), given)
          .orElseThrow(() -> new UserError("incident " + incident + " does not exist")));
      IncidentRow after = store.incidents().byId(Viewer.OPERATOR, incident).orElseThrow();
      JsonNode now = f.read(ExtractionWriter.JSON.readTree(after.recordJson()));
      if (format == Format.json) {
        ObjectNode o = ExtractionWriter.JSON.createObjectNode().put("incident", incident).put("field", f.label())
            .put("action", action.name());
        o.set("value", now);
        out.println(o.toPrettyString());
      } else {
        out.println("incident " + incident + " " + f.label() + " " + action + ": now " + ValueText.of(now));
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UserError("incident " + incident + " has an unreadable record: " + e.getOriginalMessage());
    }
    out.flush();
    return 0;
  }

  private static String example(ReviewField f) {
    try {
      f.parse("");
    } catch (IllegalArgumentException e) {
      String m = e.getMessage();
      return m.substring(m.indexOf(" is not ") + " is not ".length());
    }
    return "a value";
  }
}
