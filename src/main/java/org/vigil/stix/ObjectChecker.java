package org.vigil.stix;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;

/** Checks one STIX object and says what is wrong with it. Implementations are thread-safe. */
@FunctionalInterface
public interface ObjectChecker {

  /** What is wrong with the object, one sentence each; empty when it is valid. */
  List<String> problems(ObjectNode object);

  /** This check, then {@code next}; the problems of both. */
  default ObjectChecker and(ObjectChecker next) {
    return o -> {
      List<String> a = problems(o);
      List<String> b = next.problems(o);
      return a.isEmpty() ? b : b.isEmpty() ? a : Stream.concat(a.stream(), b.stream()).toList();
    };
  }
}
