package io.parcours.touchpoint;

/** How the lead lived a touchpoint; a negative one is a friction point. */
public enum Sentiment {
  POSITIVE,
  NEUTRAL,
  NEGATIVE
}
