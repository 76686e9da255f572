import type { Core } from '@strapi/strapi';

interface EmailTemplate {
  options: { from: { name: string; email: string }; response_email?: string; object: string; message: string };
  [key: string]: unknown;
}
export type EmailTemplates = Record<string, EmailTemplate>;

/**
 * The members' confirmation and password-reset mails, in French. users-permissions interpolates
 * <%= … %> without escaping and sends the same text as HTML and plain text, so the templates
 * carry no value a member typed (not even their name): only the link it builds.
 */
export const MEMBER_MAIL_TEMPLATES = {
  email_confirmation: {
    object: 'Confirmez votre adresse pour le forum du Réseau EPN',
    message: `<p>Bonjour,</p>

<p>Vous venez de créer un compte sur le forum du Réseau EPN. Pour l’activer, confirmez votre adresse en suivant ce lien :</p>

<p><a href="<%= URL %>?confirmation=<%= CODE %>">Confirmer mon adresse</a></p>

<p>Si le lien ne s’ouvre pas, copiez cette adresse dans votre navigateur :<br>
<%= URL %>?confirmation=<%= CODE %></p>

<p>Si vous n’avez pas demandé ce compte, ignorez ce message : il ne sera pas activé.</p>

<p>L’équipe du Réseau EPN</p>`,
  },
  reset_password: {
    object: 'Nouveau mot de passe pour le forum du Réseau EPN',
    message: `<p>Bonjour,</p>

<p>Quelqu’un (sans doute vous) a demandé à changer le mot de passe de votre compte du forum du Réseau EPN. Pour en choisir un nouveau, suivez ce lien :</p>

<p><a href="<%= URL %>?code=<%= TOKEN %>">Choisir un nouveau mot de passe</a></p>

<p>Si le lien ne s’ouvre pas, copiez cette adresse dans votre navigateur :<br>
<%= URL %>?code=<%= TOKEN %></p>

<p>Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste le même.</p>

<p>L’équipe du Réseau EPN</p>`,
  },
} as const;

/** Strapi's English defaults, recognised by their subject and a sentence of their text. */
const STRAPI_DEFAULTS: Record<keyof typeof MEMBER_MAIL_TEMPLATES, { object: string; marker: string }> = {
  email_confirmation: { object: 'Account confirmation', marker: 'Thank you for registering!' },
  reset_password: { object: 'Reset password', marker: 'We heard that you lost your password' },
};

/**
 * Puts the French templates in place of Strapi's English defaults at every start. A template
 * changed by hand in the admin (« Modèles d’e-mail ») is kept, with a line in the log saying so.
 */
export function applyMemberMailTemplates(strapi: Core.Strapi, templates: EmailTemplates): boolean {
  let changed = false;
  for (const key of Object.keys(MEMBER_MAIL_TEMPLATES) as (keyof typeof MEMBER_MAIL_TEMPLATES)[]) {
    const options = templates[key]?.options;
    if (!options) continue;
    const ours = MEMBER_MAIL_TEMPLATES[key];
    if (options.object === ours.object && options.message === ours.message) continue;
    const isStrapiDefault = options.object === STRAPI_DEFAULTS[key].object && options.message.includes(STRAPI_DEFAULTS[key].marker);
    if (!isStrapiDefault) {
      strapi.log.info(`[users-permissions] the « ${key} » mail template was changed by hand: kept`);
      continue;
    }
    options.object = ours.object;
    options.message = ours.message;
    changed = true;
  }
  return changed;
}
