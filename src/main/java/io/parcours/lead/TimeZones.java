package io.parcours.lead;

import io.parcours.common.Problem;
import java.time.ZoneId;

/**
 * A lead's time zone: an IANA region name (Europe/Paris), or UTC; never an offset or an
 * abbreviation.
 */
public final class TimeZones {

  private TimeZones() {}

  /** The zone as given, or a 400 on the field when it is no IANA region. */
  public static String check(String field, String zone) {
    if (zone == null) {
      return null;
    }
    boolean region = zone.equals("UTC") || zone.contains("/");
    if (zone.length() > 64 || !region || !ZoneId.getAvailableZoneIds().contains(zone)) {
      throw Problem.invalid(field, "must be an IANA time zone such as Europe/Paris");
    }
    return zone;
  }
}
