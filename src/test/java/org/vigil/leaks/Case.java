package org.vigil.leaks;

/** What the leak suite asks of one route, for one identity. */
@FunctionalInterface
interface Case {
  void check(Identity who) throws Exception;
}
