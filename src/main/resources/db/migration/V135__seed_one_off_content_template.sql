-- The template of a content item a salesperson sends from the lead page, in French and English.
-- Marketing edits its texts like any other template; its id is fixed, the sender names it.
insert into email_template (id, name, description, created_at, updated_at) values
    ('00000000-0000-4000-8000-00000000e005', 'Content sent by a salesperson',
     'A one-off send from the lead page: the content item chosen by its salesperson.', now(), now());

insert into email_template_text (template_id, locale, subject, html, text) values
('00000000-0000-4000-8000-00000000e005', 'en',
 '{#if content}{content.title}{#else}A document for you{/if}',
 $q$<p>Hello{#if lead.firstName} {lead.firstName}{/if},</p>
<p>As promised, here is a document that should help you:</p>
{#if content}<p><a href="{content.url}">{content.title}</a></p>{/if}
<p>Feel free to reply to this email with any question.</p>$q$,
 $q$Hello{#if lead.firstName} {lead.firstName}{/if},

As promised, here is a document that should help you:
{#if content}
{content.title} {content.url}{/if}

Feel free to reply to this email with any question.$q$),
('00000000-0000-4000-8000-00000000e005', 'fr',
 '{#if content}{content.title}{#else}Un document pour vous{/if}',
 $q$<p>Bonjour{#if lead.firstName} {lead.firstName}{/if},</p>
<p>Comme convenu, voici un document qui devrait vous être utile :</p>
{#if content}<p><a href="{content.url}">{content.title}</a></p>{/if}
<p>N'hésitez pas à répondre à ce courriel pour toute question.</p>$q$,
 $q$Bonjour{#if lead.firstName} {lead.firstName}{/if},

Comme convenu, voici un document qui devrait vous être utile :
{#if content}
{content.title} {content.url}{/if}

N'hésitez pas à répondre à ce courriel pour toute question.$q$);
