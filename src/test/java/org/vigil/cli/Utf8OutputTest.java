package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, point 0: what {@code vigil} writes on stdout (STIX bundles, JSON) is UTF-8
 * even where the platform's own encoding is not, so that "État islamique" survives a pipe.
 */
class Utf8OutputTest {

  static final String TITLE = "Attentat à Mogadiscio – « État islamique »";

  @TempDir Path dir;

  static String strictUtf8(byte[] b) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("not UTF-8: " + new String(b, StandardCharsets.ISO_8859_1), e);
    }
  }

  /** Runs {@code vigil} in a child JVM whose default encoding is ISO-8859-1 (a machine in the C locale). */
  static byte[] stdout(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dfile.encoding=ISO-8859-1", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = child.getInputStream().readAllBytes();
    assertThat(child.waitFor()).as(String.join(" ", args)).isZero();
    return out;
  }

  @Test
  void the_knowledge_base_export_and_the_incident_list_on_stdout_are_utf8() throws Exception {
    Path f = dir.resolve("r.jsonl");
    Files.writeString(f, "{\"id\":\"fr-1\",\"published\":\"2024-03-10\",\"source\":\"Agence Exemple\",\"title\":\""
        + TITLE + "\",\"text\":\"MOGADISHU, Somalia - A car bomb exploded outside a hotel in Mogadishu on Saturday, "
        + "killing at least 12 people, police said. Al-Shabaab claimed it.\"}\n");
    String data = dir.resolve("data").toString();
    stdout("ingest", f.toString(), "--data", data);
    assertThat(strictUtf8(stdout("export", "--format", "stix", "--data", data))).contains(TITLE);
    assertThat(strictUtf8(stdout("incidents", "--format", "json", "--data", data))).contains(TITLE);
  }
}
