package org.vigil.access;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Failed password sign-ins per source address and user name: the {@link LoginLimits#free()}-th
 * failure and each further one make that pair wait before its next try, the wait doubling up to
 * {@link LoginLimits#maxDelay()}; a success forgets the pair. Another address, or an API key,
 * is not slowed by it, so an attacker cannot lock the real user out. At most
 * {@link LoginLimits#tracked()} pairs are remembered (the oldest are forgotten), so request data
 * cannot grow it without bound. Thread-safe.
 */
public final class LoginThrottle {

  private record State(int failures, long lockedUntil, long last) {}

  private final LoginLimits limits;
  private final LongSupplier nanos;
  private final Map<String, State> pairs = new LinkedHashMap<>();

  public LoginThrottle(LoginLimits limits, LongSupplier nanos) {
    this.limits = limits;
    this.nanos = nanos;
  }

  /** Seconds the pair must still wait before its password is checked again; 0 when it need not. */
  public synchronized long waitFor(String address, String name) {
    State s = pairs.get(key(address, name));
    long left = s == null ? 0 : s.lockedUntil() - nanos.getAsLong();
    return left <= 0 ? 0 : Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
  }

  /** Counts a failure of the pair; returns the seconds it must now wait (0 while failures are free). */
  public synchronized long failed(String address, String name) {
    String k = key(address, name);
    long now = nanos.getAsLong();
    State old = pairs.remove(k);
    int failures = old == null ? 1 : old.failures() + 1;
    long wait = 0;
    if (failures >= limits.free()) {
      long max = limits.maxDelay().toNanos();
      wait = limits.delay().toNanos();
      for (int i = limits.free(); i < failures && wait < max; i++) {
        wait *= 2;
      }
      wait = Math.min(wait, max);
    }
    prune(now);
    pairs.put(k, new State(failures, now + wait, now));
    return wait == 0 ? 0 : Math.max(1, wait / 1_000_000_000L);
  }

  /** Forgets the pair after a successful sign-in. */
  public synchronized void succeeded(String address, String name) {
    pairs.remove(key(address, name));
  }

  private void prune(long now) {
    if (pairs.size() < limits.tracked()) {
      return;
    }
    long idle = limits.maxDelay().toNanos();
    for (Iterator<State> it = pairs.values().iterator(); it.hasNext();) {
      State s = it.next();
      if (now - s.last() > idle && now >= s.lockedUntil()) {
        it.remove();
      }
    }
    Iterator<String> oldest = pairs.keySet().iterator();
    while (pairs.size() >= limits.tracked() && oldest.hasNext()) {
      oldest.next();
      oldest.remove();
    }
  }

  private static String key(String address, String name) {
    return address + "\n" + name.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
