-- Points a touchpoint adds to its lead's score: one row per touchpoint type, one per sentiment.
create table score_points (
    dimension text not null check (dimension in ('TYPE', 'SENTIMENT')),
    name      text not null,
    points    integer not null check (points between -1000 and 1000),
    primary key (dimension, name)
);

insert into score_points (dimension, name, points) values
    ('TYPE', 'PAGE_VIEW', 1),
    ('TYPE', 'CONTENT_VIEW', 3),
    ('TYPE', 'FORM_SUBMIT', 5),
    ('TYPE', 'DEMO_REQUEST', 20),
    ('TYPE', 'EMAIL_OPEN', 1),
    ('TYPE', 'EMAIL_CLICK', 3),
    ('TYPE', 'CALL', 5),
    ('TYPE', 'MEETING', 10),
    ('TYPE', 'STORE_VISIT', 5),
    ('TYPE', 'CART_ABANDONED', 2),
    ('TYPE', 'PURCHASE', 30),
    ('TYPE', 'PAYMENT_FAILED', 0),
    ('TYPE', 'DISCOUNT_REDEEMED', 10),
    ('TYPE', 'REVIEW', 10),
    ('TYPE', 'REFERRAL', 20),
    ('TYPE', 'SOCIAL_MENTION', 5),
    ('TYPE', 'SUPPORT_REQUEST', 0),
    ('TYPE', 'COMPLAINT', 0),
    ('TYPE', 'OTHER', 0),
    ('SENTIMENT', 'POSITIVE', 5),
    ('SENTIMENT', 'NEUTRAL', 0),
    ('SENTIMENT', 'NEGATIVE', -5);
