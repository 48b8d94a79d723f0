package org.vigil.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.vigil.store.PendingStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vigil queue list|retry}: the reports {@code vigil serve} has queued for ingest (from
 * feeds, the drop directory and {@code POST /api/reports}): how many wait, and those that failed
 * with their reasons; a failed one can be put back in the queue after a fix.
 */
@Command(name = "queue", mixinStandardHelpOptions = true,
    description = "Show the ingest queue of vigil serve and its failed reports; retry one.",
    subcommands = {QueueCommand.ListAll.class, QueueCommand.Retry.class})
final class QueueCommand implements Runnable {

  /** Most failed items listed. */
  static final int MAX_LISTED = 1000;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "list", description = "How many reports wait, and the failed ones with their reasons, latest first.")
  static final class ListAll extends AdminCommand.Sub {
    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    boolean writes() {
      return false;
    }

    @Override
    public Integer call() {
      if (!format.equals("text") && !format.equals("json")) {
        throw new UserError("--format: '" + format + "' is not text or json");
      }
      record View(long waiting, List<PendingStore.Failed> failed) {}
      View v = onStore(s -> new View(s.pending().size(), s.pending().failed(MAX_LISTED)));
      long waiting = v.waiting();
      List<PendingStore.Failed> failed = v.failed();
      if (format.equals("json")) {
        ObjectNode o = ExtractionWriter.JSON.createObjectNode().put("waiting", waiting);
        ArrayNode items = o.putArray("failed");
        failed.forEach(f -> items.add(ExtractionWriter.JSON.valueToTree(f)));
        say(o.toPrettyString());
        return 0;
      }
      say("waiting: " + waiting);
      say("failed:  " + failed.size() + (failed.size() == MAX_LISTED ? " (the latest " + MAX_LISTED + ")" : ""));
      for (PendingStore.Failed f : failed) {
        say(f.id() + "\t" + f.origin() + "\t" + f.name() + "\tfailed " + f.failedAt() + " after " + f.attempts()
            + " attempt(s)\t" + f.reason());
      }
      return 0;
    }
  }

  @Command(name = "retry", description = "Put a failed report back in the queue (after a fix).")
  static final class Retry extends AdminCommand.Sub {
    @Parameters(paramLabel = "ID") long id;

    @Override
    public Integer call() {
      if (!onStore(s -> s.pending().retry(id))) {
        throw new UserError("no failed queued report " + id + "; see vigil queue list");
      }
      say("queued report " + id + " will be ingested again by vigil serve");
      return 0;
    }
  }
}
