package io.parcours.journeys;

/** Where a lead stands in a journey. */
public enum EnrolmentState {
  /** Its next step is due. */
  ACTIVE,
  /** Waiting until its next step is due. */
  WAITING,
  /** Left before the end, with the reason. */
  EXITED,
  /** Went through every step. */
  COMPLETED
}
