package org.vigil.feeds;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** A response body read into memory up to a limit: one byte more cancels the download and fails. */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

  private final long max;
  private final String setting;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private Flow.@org.jspecify.annotations.Nullable Subscription subscription;

  LimitedBody(long max, String setting) {
    this.max = max;
    this.setting = setting;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    s.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    for (ByteBuffer b : items) {
      if (out.size() + (long) b.remaining() > max) {
        if (subscription != null) {
          subscription.cancel();
        }
        result.completeExceptionally(new FeedException("the body is larger than " + setting + " (" + max + " bytes)"));
        return;
      }
      byte[] chunk = new byte[b.remaining()];
      b.get(chunk);
      out.write(chunk, 0, chunk.length);
    }
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(out.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }
}
