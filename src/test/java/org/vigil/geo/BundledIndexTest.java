package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The bundled index's gzip data inflates to what was gzip'd, and damage is reported, not read. */
class BundledIndexTest {

  private static byte[] gzip(byte[]... members) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] m : members) {
      try (GZIPOutputStream z = new GZIPOutputStream(out) {
        @Override
        public void close() throws IOException {
          finish(); // one member each, the stream kept open for the next
        }
      }) {
        z.write(m);
      }
    }
    return out.toByteArray();
  }

  private static byte[] text(int repeats) {
    return "Mosul\tIQ\t36.335\t43.119\n".repeat(repeats).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void gzip_data_of_one_member_or_several_inflates_to_the_bytes_gzipped() throws IOException {
    assertThat(BundledIndex.gunzip("test", gzip(text(10_000)))).isEqualTo(text(10_000));
    byte[] two = BundledIndex.gunzip("test", gzip(text(3), text(5)));
    assertThat(two).isEqualTo(text(8));
    assertThat(BundledIndex.gunzip("test", gzip(new byte[0]))).isEmpty();
  }

  @Test
  void damaged_or_foreign_data_is_an_error_that_names_its_origin() throws IOException {
    byte[] gz = gzip(text(100));
    gz[gz.length - 8] ^= 1; // the trailer's CRC-32
    assertThatThrownBy(() -> BundledIndex.gunzip("bundled test", gz))
        .isInstanceOf(IOException.class).hasMessageContaining("bundled test is damaged").hasMessageContaining("CRC-32");
    assertThatThrownBy(() -> BundledIndex.gunzip("bundled test", text(10)))
        .isInstanceOf(IOException.class).hasMessageContaining("bundled test is not gzip data");
  }

  @Test
  void the_bundled_index_reads_whole() throws IOException {
    assertThat(BundledIndex.read().size()).isGreaterThan(200_000);
  }
}
