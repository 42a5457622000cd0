package io.parcours.lead;

/**
 * The limits of a lead's fields, for the request records (Bean Validation) and the CSV import's
 * checks alike.
 */
public final class LeadLimits {

  public static final int EMAIL = 254;
  public static final int NAME = 100;
  public static final int COMPANY = 200;
  public static final int PHONE = 50;
  public static final int CHANNEL = 50;

  /** The campaign and each UTM parameter. */
  public static final int CAMPAIGN = 200;

  public static final int CONSENT_SOURCE = 200;
  public static final int TAG = 50;
  public static final int TAGS = 50;
  public static final int DEAL_INTEGER_DIGITS = 12;
  public static final int DEAL_FRACTION_DIGITS = 2;
  public static final String LOCALE = "[a-z]{2}(-[A-Z]{2})?";
  public static final String LOCALE_MESSAGE = "must be a language code such as fr or en-GB";

  private LeadLimits() {}
}
