package org.vigil.cli;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives one route of a local server with concurrent clients, each sending its next request as
 * soon as the last is answered, for a bounded time and a bounded count, and measures what came
 * back: requests per second, the latency percentiles and the CPU time the process spent per
 * request (server and clients together, as they share the process): on a shared machine the
 * latencies measure its queue as much as the server, the CPU time far less. Loopback only.
 */
final class ServeLoad {

  /** One route: the bytes of its request ({@link LoopbackClient#request}). */
  record Route(String name, byte[] request) {}

  /** What a run measured; {@code failed} counts answers other than 2xx. */
  record Result(long requests, long failed, double seconds, double p50Millis, double p99Millis, double cpuSeconds,
      double serverCpuSeconds, double clientCpuSeconds, double jitSeconds) {
    double perSecond() {
      return requests / seconds;
    }

    /** CPU milliseconds of the whole process per request. */
    double cpuMillisPerRequest() {
      return requests == 0 ? Double.NaN : cpuSeconds * 1000 / requests;
    }

    /** CPU milliseconds of the clients' threads per request. */
    double clientCpuMillisPerRequest() {
      return requests == 0 ? Double.NaN : clientCpuSeconds * 1000 / requests;
    }

    /**
     * Milliseconds the JIT compilers spent compiling per second of the run (summed over its
     * threads): well above zero, the code was still being compiled, and the CPU per request
     * includes compiling it.
     */
    double jitMillisPerSecond() {
      return jitSeconds * 1000 / seconds;
    }

    /** CPU milliseconds of the server's request threads per request (without the clients, GC and JIT). */
    double serverCpuMillisPerRequest() {
      return requests == 0 ? Double.NaN : serverCpuSeconds * 1000 / requests;
    }
  }

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

  private final int port;

  /** @param port the server's port on the loopback address */
  ServeLoad(int port) {
    this.port = port;
  }

  /**
   * A GET (or a POST when {@code body} is given) of {@code path} on the loopback address and
   * this server's port, with these credentials.
   */
  Route route(String name, String path, String authorization, String accept, String body) {
    return new Route(name, LoopbackClient.request(URI.create("http://127.0.0.1:" + port + path), authorization, accept,
        body));
  }

  /** Runs {@code clients} clients on {@code route} for at most {@code seconds} and {@code maxRequests} in all. */
  Result run(Route route, int clients, double seconds, long maxRequests) throws InterruptedException {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    AtomicLong budget = new AtomicLong(maxRequests);
    AtomicLong failed = new AtomicLong();
    List<long[]> latencies = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    long cpuStart = OS.getProcessCpuTime();
    long jitStart = jitMillis();
    Map<Long, Long> serverStart = threadsCpu("qtp");
    AtomicLong clientCpu = new AtomicLong();
    for (int c = 0; c < clients; c++) {
      long[][] mine = {new long[1024]};
      int[] n = {0};
      Thread t = new Thread(() -> {
        LoopbackClient client = new LoopbackClient(port);
        while (System.nanoTime() < end && budget.getAndDecrement() > 0) {
          long t0 = System.nanoTime();
          if (!send(client, route.request())) {
            failed.incrementAndGet();
          }
          if (n[0] == mine[0].length) {
            mine[0] = Arrays.copyOf(mine[0], n[0] * 2);
          }
          mine[0][n[0]++] = System.nanoTime() - t0;
        }
        client.close();
        clientCpu.addAndGet(THREADS.getCurrentThreadCpuTime());
        synchronized (latencies) {
          latencies.add(Arrays.copyOf(mine[0], n[0]));
        }
      }, "bench-client-" + c);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    double cpu = (OS.getProcessCpuTime() - cpuStart) / 1e9;
    double jit = (jitMillis() - jitStart) / 1e3;
    long server = since(serverStart, threadsCpu("qtp"));
    long clientsCpu = clientCpu.get();
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(all.length, failed.get(), elapsed, percentile(all, 0.50), percentile(all, 0.99), cpu,
        server / 1e9, clientsCpu / 1e9, jit);
  }

  /** The JIT's compile time so far in milliseconds, or 0 where the JVM does not tell. */
  private static long jitMillis() {
    return JIT != null && JIT.isCompilationTimeMonitoringSupported() ? JIT.getTotalCompilationTime() : 0;
  }

  private static long since(Map<Long, Long> start, Map<Long, Long> now) {
    long sum = 0;
    for (Map.Entry<Long, Long> e : now.entrySet()) {
      sum += e.getValue() - start.getOrDefault(e.getKey(), 0L);
    }
    return sum;
  }

  /** CPU nanoseconds so far of each live thread whose name starts with {@code prefix}. */
  private static Map<Long, Long> threadsCpu(String prefix) {
    Map<Long, Long> cpu = new HashMap<>();
    for (ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (t != null && t.getThreadName().startsWith(prefix)) {
        long ns = THREADS.getThreadCpuTime(t.getThreadId());
        if (ns > 0) {
          cpu.put(t.getThreadId(), ns);
        }
      }
    }
    return cpu;
  }

  private static boolean send(LoopbackClient client, byte[] request) {
    try {
      return client.send(request) / 100 == 2;
    } catch (IOException e) {
      return false;
    }
  }

  private static double percentile(long[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }
}
