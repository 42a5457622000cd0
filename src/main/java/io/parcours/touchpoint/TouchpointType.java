package io.parcours.touchpoint;

/** What happened at a touchpoint. */
public enum TouchpointType {
  PAGE_VIEW,
  CONTENT_VIEW,
  FORM_SUBMIT,
  DEMO_REQUEST,
  EMAIL_OPEN,
  EMAIL_CLICK,
  CALL,
  MEETING,
  STORE_VISIT,
  CART_ABANDONED(Sentiment.NEGATIVE),
  PURCHASE,
  PAYMENT_FAILED(Sentiment.NEGATIVE),
  DISCOUNT_REDEEMED,
  REVIEW,
  REFERRAL(Sentiment.POSITIVE),
  SOCIAL_MENTION,
  SUPPORT_REQUEST,
  COMPLAINT(Sentiment.NEGATIVE),
  OTHER;

  private final Sentiment usual;

  TouchpointType() {
    this(Sentiment.NEUTRAL);
  }

  TouchpointType(Sentiment usual) {
    this.usual = usual;
  }

  /** The sentiment assumed when the sender gives none: a complaint is never neutral. */
  public Sentiment usualSentiment() {
    return usual;
  }
}
