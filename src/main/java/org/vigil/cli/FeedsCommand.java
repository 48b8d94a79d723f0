package org.vigil.cli;

import java.net.URI;
import java.time.Duration;
import org.vigil.feeds.Durations;
import org.vigil.feeds.FeedSettings;
import org.vigil.store.FeedRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vigil feeds add|list|remove}: the RSS and Atom feeds {@code vigil serve} polls, and their status. */
@Command(name = "feeds", mixinStandardHelpOptions = true,
    description = "Manage the RSS and Atom feeds that vigil serve polls.",
    subcommands = {FeedsCommand.Add.class, FeedsCommand.ListAll.class, FeedsCommand.Remove.class})
final class FeedsCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "add", description = "Add a feed (or change its interval).")
  static final class Add extends AdminCommand.Sub {
    @Parameters(paramLabel = "URL") String url;
    @Option(names = "--every", paramLabel = "DURATION", description = "Interval between polls, e.g. 15m, 1h "
        + "(default: feeds.default-every in vigil.properties).") String every;

    @Override
    public Integer call() {
      URI uri;
      try {
        uri = URI.create(url);
      } catch (IllegalArgumentException e) {
        throw new UserError("'" + url + "' is not a URL: " + e.getMessage(), e);
      }
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
        throw new UserError("'" + url + "': a feed URL must be http or https");
      }
      FeedSettings fs = storeOptions.settings().feeds();
      Duration d;
      try {
        d = every == null ? fs.defaultEvery() : Durations.parse(every);
      } catch (IllegalArgumentException e) {
        throw new UserError("--every: " + e.getMessage(), e);
      }
      if (d.compareTo(fs.minEvery()) < 0) {
        throw new UserError("--every: " + every + " is shorter than feeds.min-every (" + fs.minEvery().toSeconds() + " s)");
      }
      FeedRow f = onStore(s -> s.feeds().add(url, d.toSeconds()));
      say("feed " + f.id() + ": " + f.url() + " every " + f.everySeconds() + " s");
      return 0;
    }
  }

  @Command(name = "list", description = "List the feeds with their status: last success, last error, items seen.")
  static final class ListAll extends AdminCommand.Sub {
    @Override
    boolean writes() {
      return false;
    }

    @Override
    public Integer call() {
      for (FeedRow f : onStore(s -> s.feeds().all())) {
        say(f.id() + "\t" + f.url() + "\tevery " + f.everySeconds() + " s\titems seen " + f.itemsSeen()
            + "\tlast success " + (f.lastSuccess() == null ? "never" : f.lastSuccess())
            + (f.lastError() == null ? "" : "\tlast error " + f.lastErrorAt() + ": " + f.lastError())
            + (f.failures() > 0 ? "\tfailures in a row " + f.failures() + ", next poll " + f.nextPoll() : ""));
      }
      return 0;
    }
  }

  @Command(name = "remove", description = "Stop polling a feed.")
  static final class Remove extends AdminCommand.Sub {
    @Parameters(paramLabel = "ID") long id;

    @Override
    public Integer call() {
      if (!onStore(s -> s.feeds().remove(id))) {
        throw new UserError("no feed " + id + "; see vigil feeds list");
      }
      say("removed feed " + id);
      return 0;
    }
  }
}
