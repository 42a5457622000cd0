package io.parcours.timeline;

/**
 * One kind of entry on the lead timeline. A feature adds a kind (emails, content assignments) with
 * a bean implementing this: its select joins the others in a UNION ALL, newest first.
 */
public interface TimelineSource {

  /**
   * A select of exactly these columns: {@code kind} (text, constant), {@code id} (text, unique
   * within the kind), {@code at} (timestamptz), {@code lead_id} (uuid) and {@code data} (jsonb,
   * camelCase keys). It is filtered and ordered from outside, so it must not be.
   */
  String select();

  /** The permission a caller needs to see this kind (a Permission name). */
  String permission();
}
