package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.access.Passwords;
import org.vigil.access.Role;
import org.vigil.ingest.KnowledgeBase;
import org.vigil.stix.Tlp;
import org.vigil.store.ApiRootRow;
import org.vigil.store.CollectionRow;

/**
 * Issue 19, point 0: names such as "État islamique" reach every client as UTF-8 bytes, whatever
 * the media type: TAXII pages and errors, REST JSON and the web UI's HTML (whose media type
 * names the charset). A strict decoder is
 * used, so ISO-8859-1 bytes fail the test instead of turning into mojibake.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Utf8ResponsesTest {

  static final String NAME = "État islamique – Estado Islámico";
  static final String COLLECTION = "5d1c7a0e-8b3f-4c2d-9e6a-1f0b2c3d4e5f";
  static final String OBJECTS = "/taxii2/sharing/collections/" + COLLECTION + "/objects/";
  static final String PASSWORD = "a long enough password";

  @TempDir static Path dir;
  TestServer t;
  long reportId;

  @BeforeAll
  void start() throws IOException {
    t = new TestServer(dir, TestServer.settings());
    KnowledgeBase.seeded(t.store);
    KnowledgeBase.ingest(t.store, dir, "r.jsonl", "{\"id\":\"fr-1\",\"published\":\"2024-03-10\",\"source\":"
        + "\"Agence Exemple\",\"title\":\"" + NAME + "\",\"text\":\"MOGADISHU, Somalia - A car bomb exploded outside "
        + "a hotel in Mogadishu on Saturday, killing at least 12 people, police said. Al-Shabaab claimed it.\"}");
    reportId = t.store.reports().search(org.vigil.store.Viewer.OPERATOR, "Mogadishu", 1).get(0).id();
    t.store.collections().putApiRoot(new ApiRootRow("sharing", "Sharing", null, 1_000_000));
    t.store.collections().addCollection(new CollectionRow(COLLECTION, "sharing", "Partagé", null, null,
        List.of("application/stix+json;version=2.1"), Tlp.RED.ordinal(), false, false));
    t.user("ana", "alpha", Role.ANALYST);
    t.store.collections().grant(COLLECTION, t.org("alpha").id(), true, true);
    t.store.access().createUser(t.org("alpha").id(), "web", Role.ANALYST.label(), Passwords.hash(PASSWORD));
  }

  @AfterAll
  void stop() {
    t.close();
  }

  static String strictUtf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("the body is not UTF-8: " + new String(body, StandardCharsets.ISO_8859_1), e);
    }
  }

  HttpResponse<byte[]> bytes(HttpRequest.Builder b) {
    return bytes(HttpClient.newHttpClient(), b.build());
  }

  static HttpResponse<byte[]> bytes(HttpClient client, HttpRequest r) {
    try {
      return client.send(r, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void a_taxii_page_holding_an_accented_name_is_utf8() {
    String id = "intrusion-set--" + java.util.UUID.randomUUID();
    String body = "{\"objects\":[{\"type\":\"intrusion-set\",\"spec_version\":\"2.1\",\"id\":\"" + id + "\","
        + "\"created\":\"2024-01-01T00:00:00.000Z\",\"modified\":\"2024-01-01T00:00:00.000Z\",\"name\":\"" + NAME
        + "\",\"object_marking_refs\":[\"" + Tlp.GREEN.markingId() + "\"]}]}";
    HttpResponse<byte[]> posted = bytes(t.as("ana", OBJECTS).header("Content-Type", TestServer.TAXII)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    assertThat(posted.statusCode()).isEqualTo(202);
    HttpResponse<byte[]> r = bytes(t.as("ana", OBJECTS + id + "/").GET());
    assertThat(r.headers().firstValue("Content-Type")).hasValue(TestServer.TAXII);
    assertThat(strictUtf8(r.body())).contains(NAME);
    assertThat(strictUtf8(bytes(t.as("ana", "/taxii2/sharing/collections/").GET()).body())).contains("Partagé");
  }

  @Test
  void a_taxii_error_naming_an_accented_value_is_utf8() {
    HttpResponse<byte[]> r = bytes(t.as("ana", OBJECTS + "?added_after=" + URLEncoder.encode("hier à midi",
        StandardCharsets.UTF_8)).GET());
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(strictUtf8(r.body())).contains("hier à midi");
  }

  @Test
  void rest_json_holding_an_accented_title_is_utf8() {
    HttpResponse<byte[]> r = bytes(t.as("ana", "/api/reports/" + reportId).setHeader("Accept", "application/json")
        .GET());
    assertThat(r.statusCode()).isEqualTo(200);
    // RFC 8259 defines no charset parameter for application/json: JSON is UTF-8
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    assertThat(strictUtf8(r.body())).contains(NAME);
  }

  @Test
  void web_ui_pages_holding_an_accented_title_are_utf8_and_say_so() {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    String login = strictUtf8(bytes(browser, HttpRequest.newBuilder(URI.create(t.url("/ui/login"))).build()).body());
    Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(login);
    assertThat(m.find()).isTrue();
    HttpResponse<byte[]> signedIn = bytes(browser, HttpRequest.newBuilder(URI.create(t.url("/ui/login")))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
            "csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8) + "&name=web&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8))).build());
    assertThat(signedIn.statusCode()).isEqualTo(302);
    HttpResponse<byte[]> page = bytes(browser, HttpRequest.newBuilder(URI.create(t.url("/ui/reports/" + reportId)))
        .build());
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v ->
        assertThat(v.replace(" ", "").toLowerCase()).isEqualTo("text/html;charset=utf-8"));
    assertThat(strictUtf8(page.body())).contains(NAME);
    HttpResponse<byte[]> search = bytes(browser, HttpRequest.newBuilder(URI.create(t.url("/ui/search?q="
        + URLEncoder.encode("Mogadishu", StandardCharsets.UTF_8)))).build());
    assertThat(strictUtf8(search.body())).contains(NAME);
  }
}
