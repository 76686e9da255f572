import type { Core } from '@strapi/strapi';
import { ADMIN_PASSWORD_MAIL } from '../src/bootstrap/admin-password-mail';
import { signPreviewToken } from '../src/utils/preview-token';
import { DEFAULT_SITE_URL } from '../src/utils/site-url';
import { siteUrls, UIDS } from '@reseau-epn/platform';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET')!,
  },
  forgotPassword: {
    // Typed `string` in @strapi/types 5.54, but the admin hands it to the email plugin's
    // sendTemplatedEmail, which reads { subject, text, html } (its own default is such an object).
    emailTemplate: ADMIN_PASSWORD_MAIL as unknown as string,
  },
  apiToken: {
    salt: env('API_TOKEN_SALT')!,
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT')!,
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY')!,
  },
  // « Aperçu » in the Content Manager: the site renders the draft fiche with its own components
  // (site/src/pages/apercu/). Each link carries a token signed with PREVIEW_SECRET for this one
  // document, locale and status, valid for an hour (src/utils/preview-token.ts); the secret itself
  // never leaves the server. The Content Manager asks for a new link each time the preview opens.
  preview: {
    enabled: Boolean(env('PREVIEW_SECRET')),
    config: {
      allowedOrigins: [env('SITE_URL', DEFAULT_SITE_URL)],
      async handler(uid: string, { documentId, locale, status }: { documentId: string; locale?: string; status?: string }) {
        if (uid !== UIDS.fiche) return null;
        const target = { documentId, locale: locale ?? 'fr', status: status ?? 'draft' };
        const query = new URLSearchParams({ locale: target.locale, status: target.status, token: signPreviewToken(target, env('PREVIEW_SECRET', '')) });
        return `${siteUrls(env('SITE_URL', DEFAULT_SITE_URL)).fichePreview(documentId)}?${query}`;
      },
    },
  },
  flags: {
    nps: env.bool('FLAG_NPS', false),
    promoteEE: env.bool('FLAG_PROMOTE_EE', false),
    docLinks: env.bool('FLAG_DOC_LINKS', true),
  },
});

export default config;
