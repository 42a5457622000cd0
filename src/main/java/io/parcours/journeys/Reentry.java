package io.parcours.journeys;

/** How often a lead may enter the same journey. */
public enum Reentry {
  /** Once in the lead's life. */
  ONCE,
  /** Once per purchase cycle: again only after a new entry into CUSTOMER. */
  CYCLE,
  /** Every time the entry happens. */
  EVERY
}
