-- Seed 001's follow-up of a purchase, and the decision-stage email, in French and English.
-- Marketing edits or deactivates them through the API.
insert into email_template (id, name, description, created_at, updated_at) values
    ('00000000-0000-4000-8000-00000000e001', 'Thank you for your purchase',
     'Sent when a lead becomes a customer.', now(), now()),
    ('00000000-0000-4000-8000-00000000e002', 'News and a discount on the next purchase',
     'A week after the purchase: what is new, and a single-use discount code.', now(), now()),
    ('00000000-0000-4000-8000-00000000e003', 'Review and recommendation request',
     'A month after the purchase: a review, a recommendation.', now(), now()),
    ('00000000-0000-4000-8000-00000000e004', 'Before you decide',
     'At the decision stage: a case study or a demo.', now(), now());

insert into email_template_text (template_id, locale, subject, html, text) values
('00000000-0000-4000-8000-00000000e001', 'en',
 $q$Thank you for your purchase{#if lead.firstName}, {lead.firstName}{/if}$q$,
 $q$<p>Hello{#if lead.firstName} {lead.firstName}{/if},</p>
<p>Thank you for your purchase and for your trust. We hope you enjoy it; if anything is not as expected, simply reply to this email and we will sort it out.</p>
{#if content}<p>To get started: <a href="{content.url}">{content.title}</a></p>{/if}$q$,
 $q$Hello{#if lead.firstName} {lead.firstName}{/if},

Thank you for your purchase and for your trust. We hope you enjoy it; if anything is not as expected, simply reply to this email and we will sort it out.
{#if content}
To get started: {content.title} {content.url}{/if}$q$),
('00000000-0000-4000-8000-00000000e001', 'fr',
 $q$Merci pour votre achat{#if lead.firstName}, {lead.firstName}{/if}$q$,
 $q$<p>Bonjour{#if lead.firstName} {lead.firstName}{/if},</p>
<p>Merci pour votre achat et pour votre confiance. Nous espérons qu'il vous plaira ; si quelque chose ne va pas, répondez simplement à ce courriel, nous nous en occupons.</p>
{#if content}<p>Pour bien commencer : <a href="{content.url}">{content.title}</a></p>{/if}$q$,
 $q$Bonjour{#if lead.firstName} {lead.firstName}{/if},

Merci pour votre achat et pour votre confiance. Nous espérons qu'il vous plaira ; si quelque chose ne va pas, répondez simplement à ce courriel, nous nous en occupons.
{#if content}
Pour bien commencer : {content.title} {content.url}{/if}$q$),
('00000000-0000-4000-8000-00000000e002', 'en',
 $q$Our news, and a discount on your next purchase$q$,
 $q$<p>Hello{#if lead.firstName} {lead.firstName}{/if},</p>
<p>Thank you for being a loyal customer. Here is what is coming{#if content}: <a href="{content.url}">{content.title}</a>{/if}.</p>
{#if discount}<p>As a thank-you, the code <strong>{discount.code}</strong> gives you {discount.label} off your next purchase, until {discount.expires}.</p>{/if}$q$,
 $q$Hello{#if lead.firstName} {lead.firstName}{/if},

Thank you for being a loyal customer. Here is what is coming{#if content}: {content.title} {content.url}{/if}.
{#if discount}
As a thank-you, the code {discount.code} gives you {discount.label} off your next purchase, until {discount.expires}.{/if}$q$),
('00000000-0000-4000-8000-00000000e002', 'fr',
 $q$Nos nouveautés, et une réduction sur votre prochain achat$q$,
 $q$<p>Bonjour{#if lead.firstName} {lead.firstName}{/if},</p>
<p>Merci d'être un fidèle client. Voici nos nouveautés à venir{#if content} : <a href="{content.url}">{content.title}</a>{/if}.</p>
{#if discount}<p>Pour vous remercier, le code <strong>{discount.code}</strong> vous donne {discount.label} de réduction sur votre prochain achat, jusqu'au {discount.expires}.</p>{/if}$q$,
 $q$Bonjour{#if lead.firstName} {lead.firstName}{/if},

Merci d'être un fidèle client. Voici nos nouveautés à venir{#if content} : {content.title} {content.url}{/if}.
{#if discount}
Pour vous remercier, le code {discount.code} vous donne {discount.label} de réduction sur votre prochain achat, jusqu'au {discount.expires}.{/if}$q$),
('00000000-0000-4000-8000-00000000e003', 'en',
 $q$Would you recommend us{#if lead.firstName}, {lead.firstName}{/if}?$q$,
 $q$<p>Hello{#if lead.firstName} {lead.firstName}{/if},</p>
<p>You have been with us for a month now. Your opinion helps others choose: would you write a review, or recommend us to someone who needs us?</p>
{#if content}<p><a href="{content.url}">{content.title}</a></p>{/if}$q$,
 $q$Hello{#if lead.firstName} {lead.firstName}{/if},

You have been with us for a month now. Your opinion helps others choose: would you write a review, or recommend us to someone who needs us?
{#if content}
{content.title} {content.url}{/if}$q$),
('00000000-0000-4000-8000-00000000e003', 'fr',
 $q$Nous recommanderiez-vous{#if lead.firstName}, {lead.firstName}{/if} ?$q$,
 $q$<p>Bonjour{#if lead.firstName} {lead.firstName}{/if},</p>
<p>Cela fait un mois que vous êtes client. Votre avis aide d'autres personnes à choisir : accepteriez-vous de publier un avis, ou de nous recommander à quelqu'un qui a besoin de nous ?</p>
{#if content}<p><a href="{content.url}">{content.title}</a></p>{/if}$q$,
 $q$Bonjour{#if lead.firstName} {lead.firstName}{/if},

Cela fait un mois que vous êtes client. Votre avis aide d'autres personnes à choisir : accepteriez-vous de publier un avis, ou de nous recommander à quelqu'un qui a besoin de nous ?
{#if content}
{content.title} {content.url}{/if}$q$),
('00000000-0000-4000-8000-00000000e004', 'en',
 $q$Before you decide: see it in practice$q$,
 $q$<p>Hello{#if lead.firstName} {lead.firstName}{/if},</p>
<p>Before you decide, see how customers like you use it{#if content}: <a href="{content.url}">{content.title}</a>{/if}. A question about price, contract or guarantees? Reply to this email.</p>$q$,
 $q$Hello{#if lead.firstName} {lead.firstName}{/if},

Before you decide, see how customers like you use it{#if content}: {content.title} {content.url}{/if}. A question about price, contract or guarantees? Reply to this email.$q$),
('00000000-0000-4000-8000-00000000e004', 'fr',
 $q$Avant de décider : voyez-le en pratique$q$,
 $q$<p>Bonjour{#if lead.firstName} {lead.firstName}{/if},</p>
<p>Avant de décider, voyez comment des clients comme vous l'utilisent{#if content} : <a href="{content.url}">{content.title}</a>{/if}. Une question sur le prix, le contrat ou les garanties ? Répondez à ce courriel.</p>$q$,
 $q$Bonjour{#if lead.firstName} {lead.firstName}{/if},

Avant de décider, voyez comment des clients comme vous l'utilisent{#if content} : {content.title} {content.url}{/if}. Une question sur le prix, le contrat ou les garanties ? Répondez à ce courriel.$q$);

insert into email_rule (id, name, stage, delay_seconds, template_id, content_types,
                        discount_kind, discount_value, marketing, created_at, updated_at) values
    ('00000000-0000-4000-8000-00000000f001', 'Customer: thank you at once', 'CUSTOMER', 0,
     '00000000-0000-4000-8000-00000000e001', '{ONBOARDING_GUIDE}', null, null, false, now(), now()),
    ('00000000-0000-4000-8000-00000000f002', 'Customer +7 days: news and a discount', 'CUSTOMER',
     604800, '00000000-0000-4000-8000-00000000e002', '{NEWSLETTER,DISCOUNT}', 'PERCENT', 10, true,
     now(), now()),
    ('00000000-0000-4000-8000-00000000f003', 'Customer +30 days: review and recommendation',
     'CUSTOMER', 2592000, '00000000-0000-4000-8000-00000000e003',
     '{REVIEW_REQUEST,REFERRAL_INVITATION}', null, null, true, now(), now()),
    ('00000000-0000-4000-8000-00000000f004', 'Decision +1 day: a case study or a demo', 'DECISION',
     86400, '00000000-0000-4000-8000-00000000e004', '{CASE_STUDY,DEMO}', null, null, true, now(),
     now());
