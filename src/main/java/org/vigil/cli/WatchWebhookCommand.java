package org.vigil.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.vigil.outbound.OutboundException;
import org.vigil.store.WebhookStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigil watch webhook URL}: sends the alerts of a user's or an organisation's watchlists
 * (and the user's daily digest) to URL, signed with HMAC-SHA256. The secret is read from stdin
 * or made and printed once; it never appears on the command line.
 */
@Command(name = "webhook", description = "Send alerts of a user's or organisation's watchlists to URL, signed with HMAC-SHA256.")
final class WatchWebhookCommand extends AdminCommand.Sub {

  @Parameters(paramLabel = "URL") String url;
  @ArgGroup(exclusive = true, multiplicity = "1") WatchCommand.Owner owner;
  @Option(names = "--secret-stdin", description = "Read the signing secret from the first line of stdin (default: make one and print it once).")
  boolean secretStdin;

  @Override
  public Integer call() throws IOException {
    try {
      storeOptions.settings().outbound().check(url);
    } catch (OutboundException e) {
      throw new UserError("webhook URL: " + e.getMessage(), e);
    }
    String secret;
    if (secretStdin) {
      secret = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      if (secret == null || secret.isBlank()) {
        throw new UserError("--secret-stdin: stdin gave no secret");
      }
    } else {
      byte[] b = new byte[24];
      new SecureRandom().nextBytes(b);
      secret = HexFormat.of().formatHex(b);
    }
    String s2 = secret.strip();
    WebhookStore.Webhook w = onStore(s -> {
      WatchCommand.Owned o = owner.resolve(s);
      return s.webhooks().add(o.user(), o.org(), url, s2);
    });
    say("webhook " + w.id() + ": " + url);
    if (!secretStdin) {
      say("signing secret (shown once): " + s2);
    }
    return 0;
  }
}
