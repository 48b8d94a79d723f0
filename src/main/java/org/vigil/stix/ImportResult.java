package org.vigil.stix;

import java.util.List;
import java.util.Map;

/**
 * What an import stored.
 *
 * @param objects the objects stored, in dependency order
 * @param byType how many of each type
 * @param unknownTypes how many objects are of types Vigil does not know, kept as they are
 * @param outsideRefs how many references point to objects not in the bundle (nor official TLP)
 * @param duplicates identical copies of an object skipped
 */
public record ImportResult(String source, List<StixObject> objects, Map<String, Integer> byType,
    int unknownTypes, int outsideRefs, int duplicates) {

  public ImportResult {
    objects = List.copyOf(objects);
    byType = Map.copyOf(byType);
  }

  /** One line: "imported 12 objects from F (identity 3, incident 2, ...); ...". */
  public String summary() {
    StringBuilder s = new StringBuilder("imported ").append(objects.size()).append(" objects from ").append(source);
    if (!byType.isEmpty()) {
      s.append(" (");
      byType.entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> s.append(e.getKey()).append(' ').append(e.getValue()).append(", "));
      s.setLength(s.length() - 2);
      s.append(')');
    }
    s.append("; ").append(unknownTypes).append(" of unknown types kept as they are; ")
        .append(outsideRefs).append(" references to objects outside the bundle");
    if (duplicates > 0) {
      s.append("; ").append(duplicates).append(" duplicate copies skipped");
    }
    return s.toString();
  }
}
