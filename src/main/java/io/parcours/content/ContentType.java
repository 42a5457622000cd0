package io.parcours.content;

/** The kinds of content the seeds name, from the first blog post to the referral invitation. */
public enum ContentType {
  BLOG_POST,
  SOCIAL_POST,
  LANDING_PAGE,
  INFOGRAPHIC,
  VIDEO,
  GUIDE,
  EBOOK,
  WHITE_PAPER,
  STUDY_REPORT,
  WEBINAR,
  NEWSLETTER,
  CASE_STUDY,
  DEMO,
  FAQ,
  TESTIMONIAL,
  PURCHASE_FORM,
  DISCOUNT,
  ONBOARDING_GUIDE,
  REVIEW_REQUEST,
  REFERRAL_INVITATION
}
