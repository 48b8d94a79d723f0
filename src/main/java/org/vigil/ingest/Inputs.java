package org.vigil.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Expands paths into files (directories recursively, in name order) and reads {@code .gz} files. */
public final class Inputs {

  private Inputs() {}

  /** The regular files under the paths, sorted within each directory; problems are "path: reason". */
  static List<Path> files(List<Path> paths, Consumer<String> problems) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        problems.accept(p + ": no such file or directory");
      } else if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile).sorted().forEach(out::add);
        } catch (IOException | java.io.UncheckedIOException e) {
          problems.accept(p + ": cannot list directory: " + e.getMessage());
        }
      } else if (!Files.isReadable(p)) {
        problems.accept(p + ": cannot be read");
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The text of a {@code .gz} file, at most {@code maxBytes} once expanded.
   *
   * @throws IOException with the reason (corrupt, too large, not UTF-8) as message
   */
  /** The text of a .gz file, at most {@code maxBytes} expanded, as UTF-8. */
  public static String gunzip(Path file, long maxBytes) throws IOException {
    byte[] bytes;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (ZipException | java.io.EOFException e) {
      throw new IOException("corrupt gzip data (" + e.getMessage() + ")");
    }
    if (bytes.length > maxBytes) {
      throw new IOException("expands to more than " + maxBytes + " bytes (ingest.max-gzip-bytes)");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IOException("not UTF-8 text (binary or another encoding) inside the gzip data");
    }
  }
}
