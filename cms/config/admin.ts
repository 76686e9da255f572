import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET')!,
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
  // (site/src/pages/apercu/), behind a shared secret so drafts never leak to visitors.
  preview: {
    enabled: Boolean(env('PREVIEW_SECRET')),
    config: {
      allowedOrigins: [env('SITE_URL', 'http://localhost:4321')],
      async handler(uid: string, { documentId, locale, status }: { documentId: string; locale?: string; status?: string }) {
        if (uid !== 'api::fiche.fiche') return null;
        const query = new URLSearchParams({ locale: locale ?? 'fr', status: status ?? 'draft', secret: env('PREVIEW_SECRET', '') });
        return `${env('SITE_URL', 'http://localhost:4321')}/apercu/fiches/${documentId}/?${query}`;
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
