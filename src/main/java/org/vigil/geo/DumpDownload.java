package org.vigil.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Downloads one GeoNames file named by its URL ({@code .../allCountries.zip}) into a folder,
 * with progress, a size limit and a clear error for anything but a 200 answer.
 */
public final class DumpDownload {

  /** Default largest download accepted, in bytes (allCountries.zip is about 400 MB). */
  public static final long MAX_DOWNLOAD_BYTES = 4L << 30;

  /** Seconds to wait for the server to connect and to start answering. */
  public static final int TIMEOUT_SECONDS = 60;

  private DumpDownload() {}

  /**
   * Fetches {@code url} into {@code dir} under the URL's last path segment and returns the file.
   *
   * @throws IOException when the URL is not http(s), names no recognisable GeoNames file, the
   *     server answers other than 200, the body exceeds {@code maxBytes}, or the transfer fails
   */
  public static Path fetch(URI url, Path dir, long maxBytes, ImportProgress progress) throws IOException {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IOException(url + ": only http and https URLs can be installed");
    }
    String path = url.getPath() == null ? "" : url.getPath();
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (name.isEmpty() || !(name.endsWith(".zip") || DumpFiles.kindOf(name) != null)) {
      throw new IOException(url + ": the URL must end in a GeoNames file name such as allCountries.zip, "
          + "AF.zip, cities500.zip or alternateNamesV2.zip");
    }
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(TIMEOUT_SECONDS)).build();
    HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(TIMEOUT_SECONDS)).GET().build();
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(url + ": download interrupted", e);
    }
    Path target = Files.createDirectories(dir).resolve(name);
    Path part = dir.resolve(name + ".download");
    try (InputStream in = response.body()) {
      if (response.statusCode() != 200) {
        throw new IOException(url + ": the server answered " + response.statusCode() + ", expected 200");
      }
      long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (length > maxBytes) {
        throw new IOException(url + ": " + length + " bytes exceed the limit of " + maxBytes
            + " (--max-download-bytes)");
      }
      long done = 0;
      byte[] buf = new byte[1 << 16];
      try (OutputStream out = Files.newOutputStream(part)) {
        for (int n; (n = in.read(buf)) >= 0; ) {
          done += n;
          if (done > maxBytes) {
            throw new IOException(url + ": more than " + maxBytes + " bytes (--max-download-bytes)");
          }
          out.write(buf, 0, n);
          progress.bytes(done, Math.max(length, done));
        }
      }
      Files.move(part, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return target;
    } finally {
      Files.deleteIfExists(part);
    }
  }
}
