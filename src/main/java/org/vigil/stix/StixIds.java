package org.vigil.stix;

/**
 * Where STIX ids live. An object's id is made once, when its natural key is first seen, and
 * stored: exporting the same incident, group or report again gives the same id, which is what
 * lets partners recognise new versions. Ids are {@code type--UUIDv4} (the schemas reject other
 * versions, such as v7). Implementations must be safe for use from several threads.
 */
public interface StixIds {

  /**
   * The id stored for this natural key, or a new {@code stixType--UUIDv4} that is stored and
   * returned.
   *
   * @param stixType the STIX type, e.g. {@code incident}; part of the key
   * @param naturalKey what identifies the thing in Vigil, e.g. {@code group:islamic-state}
   * @throws IllegalArgumentException when {@code stixType} is not a STIX type name
   */
  String idFor(String stixType, String naturalKey);
}
