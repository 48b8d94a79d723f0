package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.Database;

/** vigil.properties: every limit by name, and errors that name the file, the key and the value. */
class SettingsTest {

  @TempDir Path dir;

  @Test
  void without_a_file_every_setting_has_its_default() {
    Settings s = Settings.load(dir);
    assertThat(s).isEqualTo(Settings.defaults());
    assertThat(s.ingest().maxTextChars()).isEqualTo(5_000_000);
  }

  @Test
  void named_settings_override_the_defaults() throws IOException {
    Files.writeString(dir.resolve(Settings.FILE), "ingest.batch-size = 10\nmerge.min-score = 0.9\ndb.url =\n");
    Settings s = Settings.load(dir);
    assertThat(s.ingest().batchSize()).isEqualTo(10);
    assertThat(s.merge().minScore()).isEqualTo(0.9);
    assertThat(s.dbUrl()).isNull();
  }

  @Test
  void the_public_url_and_trusted_proxies_are_settings_and_a_bad_one_names_itself() throws IOException {
    Files.writeString(dir.resolve(Settings.FILE), "server.public-url = https://cti.example.org/\n"
        + "server.trusted-proxies = 10.0.0.0/8, 127.0.0.1\n");
    Settings s = Settings.load(dir);
    assertThat(s.server().address().publicUrl()).isEqualTo("https://cti.example.org");
    assertThat(s.server().address().trustedProxies()).containsExactly("10.0.0.0/8", "127.0.0.1");
    Files.writeString(dir.resolve(Settings.FILE), "server.trusted-proxies = proxy.lan\n");
    assertThatThrownBy(() -> Settings.load(dir)).hasMessageContaining("server.trusted-proxies entry 'proxy.lan'");
  }

  @Test
  void the_api_keys_remembered_by_the_server_are_a_named_limit() throws IOException {
    assertThat(Settings.load(dir).server().capacity().verifiedKeys()).isEqualTo(1_024);
    Files.writeString(dir.resolve(Settings.FILE), "server.verified-keys = 50\n");
    assertThat(Settings.load(dir).server().capacity().verifiedKeys()).isEqualTo(50);
    Files.writeString(dir.resolve(Settings.FILE), "server.verified-keys = 0\n");
    assertThatThrownBy(() -> Settings.load(dir)).hasMessageContaining("server.verified-keys 0 is outside 1..1000000");
  }

  @Test
  void more_workers_get_a_read_connection_each_unless_the_connections_are_named() throws IOException {
    Files.writeString(dir.resolve(Settings.FILE), "server.workers = 12\nserver.password-workers = 3\n");
    assertThat(Settings.load(dir).server().capacity().readConnections()).isEqualTo(15);
    Files.writeString(dir.resolve(Settings.FILE), "server.workers = 12\nserver.read-connections = 2\n");
    assertThat(Settings.load(dir).server().capacity().readConnections()).isEqualTo(2);
  }

  @Test
  void monitoring_limits_are_named_settings_too() throws IOException {
    Files.writeString(dir.resolve(Settings.FILE), "feeds.max-bytes = 1000\nfeeds.max-items-per-poll = 5\n"
        + "feeds.timeout-seconds = 3\nwebhooks.timeout-seconds = 4\nwebhooks.max-attempts = 2\n"
        + "monitor.drop-dir = inbox\nfeeds.urls = https://news.example.org/feed.xml, https://b.example.org/rss\n");
    Settings s = Settings.load(dir);
    assertThat(s.feeds().maxBytes()).isEqualTo(1000);
    assertThat(s.feeds().maxItemsPerPoll()).isEqualTo(5);
    assertThat(s.feeds().timeout()).hasSeconds(3);
    assertThat(s.webhooks().timeout()).hasSeconds(4);
    assertThat(s.webhooks().maxAttempts()).isEqualTo(2);
    assertThat(s.dropDir()).isEqualTo("inbox");
    assertThat(s.feedUrls()).containsExactly("https://news.example.org/feed.xml", "https://b.example.org/rss");
    Files.writeString(dir.resolve(Settings.FILE), "feeds.max-items-per-poll = 0\n");
    assertThatThrownBy(() -> Settings.load(dir)).hasMessageContaining("feeds.max-items-per-poll");
  }

  @Test
  void an_unknown_key_or_a_bad_value_is_an_error_naming_it() throws IOException {
    Path f = Files.writeString(dir.resolve(Settings.FILE), "ingest.batchsize = 10\n");
    assertThatThrownBy(() -> Settings.load(dir)).isInstanceOf(UserError.class)
        .hasMessageStartingWith(f + ": unknown setting(s) [ingest.batchsize]; known: [db.url, ")
        .hasMessageContaining(" ingest.batch-size,");
    Files.writeString(f, "merge.min-score = high\n");
    assertThatThrownBy(() -> Settings.load(dir)).hasMessage(f + ": merge.min-score = 'high' is not a number");
    Files.writeString(f, "merge.min-score = 3\n");
    assertThatThrownBy(() -> Settings.load(dir)).hasMessage(f + ": merge.min-score 3.0 is outside 0..1");
  }

  @Test
  void database_urls_are_parsed_and_never_show_the_password() {
    Database d = Database.parse("postgresql://vigil:s3cret@db.example:5433/kb");
    assertThat(d.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5433/kb");
    assertThat(d.user()).isEqualTo("vigil");
    assertThat(d.password()).isEqualTo("s3cret");
    assertThat(d.toString()).doesNotContain("s3cret");
    assertThatThrownBy(() -> Database.parse("mysql://x:y@h/db")).hasMessage(
        "database URL 'mysql://x:***@h/db' is not one of postgresql://user:pass@host:port/db, jdbc:postgresql://... or jdbc:sqlite:FILE");
  }
}
