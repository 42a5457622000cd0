package io.parcours.touchpoint;

/** Where a touchpoint happened. */
public enum Channel {
  WEB,
  EMAIL,
  STORE,
  PHONE,
  SOCIAL,
  MOBILE_APP,
  SMS,
  EVENT,
  AFTER_SALES,
  OTHER
}
