// French and English labels; the browser's language chooses, the header's list switches.
import * as codes from './labels.js';
import * as journeys from './i18n-journeys.js';

const STORAGE = 'parcours.lang';

const en = {
  language: 'Language', skip: 'Skip to content', logout: 'Log out', save: 'Save', saved: 'Saved',
  cancel: 'Cancel', yes: 'yes', no: 'no',
  'role.ADMIN': 'administrator', 'role.MARKETING': 'marketing', 'role.SALES': 'sales',
  'login.title': 'Log in', 'login.email': 'Email', 'login.password': 'Password', 'login.submit': 'Log in',
  'login.failed': 'Wrong email or password',
  'nav.board': 'Pipeline', 'nav.personas': 'Personas', 'nav.content': 'Content library',
  'nav.gaps': 'Content gaps', 'nav.analytics': 'Analytics',
  'stage.DISCOVERY': 'Discovery', 'stage.REFLECTION': 'Reflection', 'stage.DECISION': 'Decision',
  'stage.CUSTOMER': 'Customer', 'stage.LOYAL': 'Loyal', 'stage.ADVOCATE': 'Advocate', 'stage.LOST': 'Lost',
  'board.title': 'Pipeline', 'board.value': 'Value', 'board.days': '{n} d in stage',
  'board.stalled': 'stalled', 'board.stalledHint': 'Long in this stage with no touchpoint',
  'board.moveTo': 'Move {name} to', 'board.moveToShort': 'Move to…', 'board.more': '{n} more',
  'board.moved': '{name} moved to {stage}', 'board.stale': 'This lead was changed meanwhile; the board is up to date again, try once more.',
  'filter.all': 'All', 'filter.search': 'Search', 'filter.persona': 'Persona', 'filter.owner': 'Owner',
  'filter.source': 'Source', 'filter.from': 'From', 'filter.to': 'To',
  'reason.title': 'Why move to {stage}?', 'reason.label': 'Reason (required)', 'reason.ok': 'Move',
  'lead.details': 'Details', 'lead.email': 'Email', 'lead.company': 'Company', 'lead.phone': 'Phone',
  'lead.persona': 'Persona', 'lead.source': 'Source', 'lead.dealValue': 'Deal value', 'lead.timeZone': 'Time zone (IANA)',
  'referral.title': 'Referral', 'referral.code': 'Personal referral code:', 'referral.referred': 'Leads referred: {n}',
  'referral.issue': 'Issue a referral code', 'referral.none': 'No referral code.', 'lead.score': 'Score',
  'lead.days': 'In stage', 'lead.tags': 'Tags', 'lead.firstName': 'First name', 'lead.lastName': 'Last name',
  'lead.consent': 'Email consent', 'lead.move': 'Change stage', 'lead.moveTo': 'New stage',
  'lead.moveButton': 'Move', 'lead.stale': 'This lead was changed meanwhile; reload the page.',
  'lead.edit': 'Edit', 'lead.saved': 'Saved',
  'lead.conflict': 'Someone else changed this lead since you opened it. Your input is kept: load their version, check, and save again.',
  'lead.reloadKeep': 'Load the latest version (keep my input)', 'lead.reloaded': 'Latest version loaded; your input is still in the form.',
  'lead.next': 'Next best content', 'lead.assign': 'Assign', 'lead.assigned': '“{title}” assigned',
  'lead.noContent': 'No content fits this lead now.', 'lead.timeline': 'Timeline', 'lead.noEvents': 'Nothing yet.',
  'lead.logTouch': 'Log a touchpoint',
  'consent.status': 'Status', 'consent.basis': 'Legal basis', 'consent.source': 'Given through', 'consent.at': 'On',
  'consent.UNKNOWN': 'unknown', 'consent.GRANTED': 'granted', 'consent.UNSUBSCRIBED': 'unsubscribed',
  'consent.SUPPRESSED': 'suppressed', 'consent.PENDING': 'pending',
  'touch.type': 'What', 'touch.channel': 'Channel', 'touch.sentiment': 'Sentiment', 'touch.note': 'Note',
  'touch.log': 'Log', 'touch.logged': 'Touchpoint logged',
  'touch.CALL': 'Call', 'touch.MEETING': 'Meeting', 'touch.STORE_VISIT': 'Store visit', 'touch.OTHER': 'Note',
  'touch.PURCHASE': 'Purchase', 'touch.DEMO_REQUEST': 'Demo request', 'touch.PAGE_VIEW': 'Page view',
  'touch.EMAIL_OPEN': 'Email opened', 'touch.EMAIL_CLICK': 'Email clicked', 'touch.COMPLAINT': 'Complaint',
  'touch.REVIEW': 'Review', 'touch.REFERRAL': 'Referral', 'touch.FORM_SUBMIT': 'Form sent',
  'touch.CONTENT_VIEW': 'Content viewed', 'touch.DISCOUNT_REDEEMED': 'Discount redeemed',
  'sentiment.NEUTRAL': 'neutral', 'sentiment.POSITIVE': 'positive', 'sentiment.NEGATIVE': 'negative',
  'channel.PHONE': 'phone', 'channel.STORE': 'store', 'channel.EMAIL': 'email', 'channel.WEB': 'web',
  'channel.SOCIAL': 'social', 'channel.EVENT': 'event', 'channel.OTHER': 'other',
  'timeline.stage': 'Stage', 'timeline.content': 'Content', 'timeline.automatic': 'automatic', 'timeline.email': 'Email',
  'persona.name': 'Name', 'persona.description': 'Description', 'persona.profession': 'Profession',
  'persona.channels': 'Preferred channels', 'persona.new': 'New persona',
  'content.title': 'Title', 'content.type': 'Type', 'content.stages': 'Stages', 'content.active': 'Active',
  'content.new': 'New content item',
  'gaps.intro': 'Content types a persona\'s journey requires at a stage, with no active item.',
  'gaps.stage': 'Stage', 'gaps.type': 'Missing type', 'gaps.default': 'default journey', 'gaps.none': 'No gap: every stage has its content.',
  'analytics.funnel': 'Funnel: leads that reached each stage, and conversion to the next',
  'analytics.time': 'Time in stage: median (p90)', 'analytics.dropOff': 'Drop-off: leads lost per stage, main reasons',
  'analytics.channels': 'Touchpoints by channel and stage', 'analytics.days': 'd',
  'analytics.empty': 'No data for this period.', 'analytics.filters': 'Report filters',
  'analytics.period': 'From {from} to {to}', 'analytics.leads': 'leads: {n}', 'analytics.noReason': 'no reason',
  actions: 'Actions', edit: 'Edit', delete: 'Delete',
  'nav.templates': 'Email templates', 'nav.abTests': 'A/B results',
  'form.conflict': 'Someone else changed this since you opened it. Your input is kept: load their version, check, and save again.',
  'form.reloadKeep': 'Load the latest version (keep my input)', 'form.reloaded': 'Latest version loaded; your input is still in the form.',
  'locale.en': 'English', 'locale.fr': 'French',
  'template.name': 'Name', 'template.description': 'Description', 'template.locales': 'Languages',
  'template.none': 'No email template yet.', 'template.new': 'New email template', 'template.edit': 'Edit “{name}”',
  'template.newInstead': 'Write a new template instead',
  'template.help': 'Qute syntax: {lead.firstName}, {lead.lastName}, {lead.fullName}, {lead.company}, {content.title}, {content.url}, {discount.code}, {discount.label}, {unsubscribeUrl}; {#if content}…{/if} around what may be absent. Fill in every field of each language you use; leave a language empty to leave it out.',
  'template.subject': 'Subject', 'template.html': 'HTML body', 'template.text': 'Text body',
  'preview.title': 'Preview for a lead', 'preview.search': 'Find a lead (name, email, company)', 'preview.find': 'Find',
  'preview.lead': 'Lead', 'preview.findFirst': 'Find a lead first', 'preview.noLead': 'No lead found',
  'preview.template': 'Template', 'preview.show': 'Preview', 'preview.locale': 'Language', 'preview.htmlTitle': 'HTML body, as the lead would see it',
  'unit.DAYS': 'days', 'unit.HOURS': 'hours', 'unit.MINUTES': 'minutes', 'unit.SECONDS': 'seconds',
  'delay.none': 'at once', 'delay.DAYS': '{n} d', 'delay.HOURS': '{n} h', 'delay.MINUTES': '{n} min', 'delay.SECONDS': '{n} s',
  'ab.intro': 'The first variant of each group is the control; the best other one, the challenger, is compared with it. Minimum effect to detect: {mde}.',
  'ab.none': 'No A/B test yet: give content items a variant group.', 'ab.group': 'Group {name}',
  'ab.enough': 'Enough data: every variant has at least {n} leads.',
  'ab.notEnough': 'Not enough data yet: each variant needs {n} leads before the result can be trusted.',
  'ab.variant': 'Variant', 'ab.received': 'Leads', 'ab.converted': 'Advanced', 'ab.rate': 'Conversion',
  'ab.control': 'control', 'ab.challenger': 'challenger', 'ab.noComparison': 'No comparison yet: the variants have no leads.',
  'ab.lift': 'Lift', 'ab.difference': 'Difference', 'ab.ci': '95 % confidence interval', 'ab.pValue': 'p-value',
  'ab.points': '{n} pts', 'ab.interval': '{low} to {high}',
  'ab.provisional': 'Provisional: wait for more data before choosing a variant.',
  'ab.significant': 'The difference is significant (p < 0.05).', 'ab.notSignificant': 'No significant difference (p ≥ 0.05).',
};

const fr = {
  language: 'Langue', skip: 'Aller au contenu', logout: 'Se déconnecter', save: 'Enregistrer', saved: 'Enregistré',
  cancel: 'Annuler', yes: 'oui', no: 'non',
  'role.ADMIN': 'administrateur', 'role.MARKETING': 'marketing', 'role.SALES': 'commercial',
  'login.title': 'Connexion', 'login.email': 'E-mail', 'login.password': 'Mot de passe', 'login.submit': 'Se connecter',
  'login.failed': 'E-mail ou mot de passe incorrect',
  'nav.board': 'Pipeline', 'nav.personas': 'Personas', 'nav.content': 'Contenus',
  'nav.gaps': 'Contenus manquants', 'nav.analytics': 'Analyses',
  'stage.DISCOVERY': 'Découverte', 'stage.REFLECTION': 'Réflexion', 'stage.DECISION': 'Décision',
  'stage.CUSTOMER': 'Client', 'stage.LOYAL': 'Fidèle', 'stage.ADVOCATE': 'Ambassadeur', 'stage.LOST': 'Perdu',
  'board.title': 'Pipeline', 'board.value': 'Valeur', 'board.days': '{n} j dans l\'étape',
  'board.stalled': 'en panne', 'board.stalledHint': 'Longtemps dans cette étape sans point de contact',
  'board.moveTo': 'Déplacer {name} vers', 'board.moveToShort': 'Déplacer vers…', 'board.more': '{n} de plus',
  'board.moved': '{name} est passé en {stage}', 'board.stale': 'Ce lead a été modifié entre-temps ; le tableau est à jour, réessayez.',
  'filter.all': 'Tous', 'filter.search': 'Rechercher', 'filter.persona': 'Persona', 'filter.owner': 'Commercial',
  'filter.source': 'Source', 'filter.from': 'Du', 'filter.to': 'Au',
  'reason.title': 'Pourquoi passer en {stage} ?', 'reason.label': 'Motif (obligatoire)', 'reason.ok': 'Déplacer',
  'lead.details': 'Informations', 'lead.email': 'E-mail', 'lead.company': 'Entreprise', 'lead.phone': 'Téléphone',
  'lead.persona': 'Persona', 'lead.source': 'Source', 'lead.dealValue': 'Montant', 'lead.timeZone': 'Fuseau horaire (IANA)',
  'referral.title': 'Parrainage', 'referral.code': 'Code de parrainage :', 'referral.referred': 'Prospects parrainés : {n}',
  'referral.issue': 'Créer un code de parrainage', 'referral.none': 'Pas de code de parrainage.', 'lead.score': 'Score',
  'lead.days': 'Dans l\'étape', 'lead.tags': 'Étiquettes', 'lead.firstName': 'Prénom', 'lead.lastName': 'Nom',
  'lead.consent': 'Consentement e-mail', 'lead.move': 'Changer d\'étape', 'lead.moveTo': 'Nouvelle étape',
  'lead.moveButton': 'Déplacer', 'lead.stale': 'Ce lead a été modifié entre-temps ; rechargez la page.',
  'lead.edit': 'Modifier', 'lead.saved': 'Enregistré',
  'lead.conflict': 'Quelqu\'un d\'autre a modifié ce lead depuis son ouverture. Votre saisie est conservée : chargez sa version, vérifiez, puis enregistrez à nouveau.',
  'lead.reloadKeep': 'Charger la dernière version (garder ma saisie)', 'lead.reloaded': 'Dernière version chargée ; votre saisie est toujours dans le formulaire.',
  'lead.next': 'Contenu recommandé', 'lead.assign': 'Attribuer', 'lead.assigned': '« {title} » attribué',
  'lead.noContent': 'Aucun contenu ne convient à ce lead pour l\'instant.', 'lead.timeline': 'Historique', 'lead.noEvents': 'Rien pour l\'instant.',
  'lead.logTouch': 'Noter un point de contact',
  'consent.status': 'Statut', 'consent.basis': 'Base légale', 'consent.source': 'Recueilli via', 'consent.at': 'Le',
  'consent.UNKNOWN': 'inconnu', 'consent.GRANTED': 'accordé', 'consent.UNSUBSCRIBED': 'désabonné',
  'consent.SUPPRESSED': 'bloqué', 'consent.PENDING': 'en attente',
  'touch.type': 'Quoi', 'touch.channel': 'Canal', 'touch.sentiment': 'Ressenti', 'touch.note': 'Note',
  'touch.log': 'Noter', 'touch.logged': 'Point de contact noté',
  'touch.CALL': 'Appel', 'touch.MEETING': 'Rendez-vous', 'touch.STORE_VISIT': 'Visite en magasin', 'touch.OTHER': 'Note',
  'touch.PURCHASE': 'Achat', 'touch.DEMO_REQUEST': 'Demande de démo', 'touch.PAGE_VIEW': 'Page vue',
  'touch.EMAIL_OPEN': 'E-mail ouvert', 'touch.EMAIL_CLICK': 'Clic dans un e-mail', 'touch.COMPLAINT': 'Réclamation',
  'touch.REVIEW': 'Avis', 'touch.REFERRAL': 'Parrainage', 'touch.FORM_SUBMIT': 'Formulaire envoyé',
  'touch.CONTENT_VIEW': 'Contenu consulté', 'touch.DISCOUNT_REDEEMED': 'Réduction utilisée',
  'sentiment.NEUTRAL': 'neutre', 'sentiment.POSITIVE': 'positif', 'sentiment.NEGATIVE': 'négatif',
  'channel.PHONE': 'téléphone', 'channel.STORE': 'magasin', 'channel.EMAIL': 'e-mail', 'channel.WEB': 'web',
  'channel.SOCIAL': 'réseaux sociaux', 'channel.EVENT': 'événement', 'channel.OTHER': 'autre',
  'timeline.stage': 'Étape', 'timeline.content': 'Contenu', 'timeline.automatic': 'automatique', 'timeline.email': 'E-mail',
  'persona.name': 'Nom', 'persona.description': 'Description', 'persona.profession': 'Profession',
  'persona.channels': 'Canaux préférés', 'persona.new': 'Nouveau persona',
  'content.title': 'Titre', 'content.type': 'Type', 'content.stages': 'Étapes', 'content.active': 'Actif',
  'content.new': 'Nouveau contenu',
  'gaps.intro': 'Types de contenu qu\'un parcours de persona exige à une étape, sans contenu actif.',
  'gaps.stage': 'Étape', 'gaps.type': 'Type manquant', 'gaps.default': 'parcours par défaut', 'gaps.none': 'Aucun manque : chaque étape a ses contenus.',
  'analytics.funnel': 'Entonnoir : leads ayant atteint chaque étape, et passage à la suivante',
  'analytics.time': 'Temps dans l\'étape : médiane (p90)', 'analytics.dropOff': 'Abandons : leads perdus par étape, principaux motifs',
  'analytics.channels': 'Points de contact par canal et par étape', 'analytics.days': 'j',
  'analytics.empty': 'Aucune donnée sur la période.', 'analytics.filters': 'Filtres des analyses',
  'analytics.period': 'Du {from} au {to}', 'analytics.leads': 'leads : {n}', 'analytics.noReason': 'sans motif',
  actions: 'Actions', edit: 'Modifier', delete: 'Supprimer',
  'nav.templates': 'Modèles d\'e-mail', 'nav.abTests': 'Résultats A/B',
  'form.conflict': 'Quelqu\'un d\'autre a modifié cet élément depuis son ouverture. Votre saisie est conservée : chargez sa version, vérifiez, puis enregistrez à nouveau.',
  'form.reloadKeep': 'Charger la dernière version (garder ma saisie)', 'form.reloaded': 'Dernière version chargée ; votre saisie est toujours dans le formulaire.',
  'locale.en': 'Anglais', 'locale.fr': 'Français',
  'template.name': 'Nom', 'template.description': 'Description', 'template.locales': 'Langues',
  'template.none': 'Aucun modèle d\'e-mail pour l\'instant.', 'template.new': 'Nouveau modèle d\'e-mail', 'template.edit': 'Modifier « {name} »',
  'template.newInstead': 'Écrire plutôt un nouveau modèle',
  'template.help': 'Syntaxe Qute : {lead.firstName}, {lead.lastName}, {lead.fullName}, {lead.company}, {content.title}, {content.url}, {discount.code}, {discount.label}, {unsubscribeUrl} ; {#if content}…{/if} autour de ce qui peut manquer. Remplissez tous les champs de chaque langue utilisée ; laissez une langue vide pour l\'omettre.',
  'template.subject': 'Objet', 'template.html': 'Corps HTML', 'template.text': 'Corps texte',
  'preview.title': 'Aperçu pour un lead', 'preview.search': 'Trouver un lead (nom, e-mail, entreprise)', 'preview.find': 'Chercher',
  'preview.lead': 'Lead', 'preview.findFirst': 'Cherchez d\'abord un lead', 'preview.noLead': 'Aucun lead trouvé',
  'preview.template': 'Modèle', 'preview.show': 'Aperçu', 'preview.locale': 'Langue', 'preview.htmlTitle': 'Corps HTML, tel que le lead le verrait',
  'unit.DAYS': 'jours', 'unit.HOURS': 'heures', 'unit.MINUTES': 'minutes', 'unit.SECONDS': 'secondes',
  'delay.none': 'immédiatement', 'delay.DAYS': '{n} j', 'delay.HOURS': '{n} h', 'delay.MINUTES': '{n} min', 'delay.SECONDS': '{n} s',
  'ab.intro': 'La première variante de chaque groupe est la référence ; la meilleure des autres, la challengère, lui est comparée. Effet minimal à détecter : {mde}.',
  'ab.none': 'Aucun test A/B pour l\'instant : donnez un groupe de variantes à des contenus.', 'ab.group': 'Groupe {name}',
  'ab.enough': 'Assez de données : chaque variante a au moins {n} leads.',
  'ab.notEnough': 'Pas encore assez de données : chaque variante doit atteindre {n} leads avant que le résultat soit fiable.',
  'ab.variant': 'Variante', 'ab.received': 'Leads', 'ab.converted': 'Ont avancé', 'ab.rate': 'Conversion',
  'ab.control': 'référence', 'ab.challenger': 'challengère', 'ab.noComparison': 'Pas encore de comparaison : les variantes n\'ont aucun lead.',
  'ab.lift': 'Hausse relative', 'ab.difference': 'Écart', 'ab.ci': 'Intervalle de confiance à 95 %', 'ab.pValue': 'Valeur p',
  'ab.points': '{n} pts', 'ab.interval': 'de {low} à {high}',
  'ab.provisional': 'Provisoire : attendez plus de données avant de choisir une variante.',
  'ab.significant': 'L\'écart est significatif (p < 0,05).', 'ab.notSignificant': 'Pas d\'écart significatif (p ≥ 0,05).',
};

Object.assign(en, journeys.en);
Object.assign(fr, journeys.fr);

const dictionaries = { en: { ...codes.en, ...en }, fr: { ...codes.fr, ...fr } };

/** Labels a page brings in its own file, added to both languages. */
export function addLabels(more) {
  Object.assign(dictionaries.en, more.en);
  Object.assign(dictionaries.fr, more.fr);
}

let current =
  localStorage.getItem(STORAGE) || ((navigator.languages?.[0] || navigator.language || 'en').toLowerCase().startsWith('fr') ? 'fr' : 'en');

export const language = () => current;

export function setLanguage(lang) {
  if (!dictionaries[lang]) return;
  current = lang;
  localStorage.setItem(STORAGE, lang);
}

/** The label for a key in the current language, with {name} placeholders filled in. */
export function t(key, params = {}, fallback = key) {
  const text = dictionaries[current][key] ?? dictionaries.en[key] ?? fallback;
  return text.replace(/\{(\w+)\}/g, (_, name) => params[name] ?? '');
}

export const number = (value) => new Intl.NumberFormat(current).format(Number(value || 0));

/** A day such as 2026-01-31, as the report gives it (UTC). */
export const day = (iso) =>
  new Intl.DateTimeFormat(current, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

export const dateTime = (iso) =>
  new Intl.DateTimeFormat(current, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
