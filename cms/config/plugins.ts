import type { Core } from '@strapi/strapi';

// Fiches carry screenshots and PDFs; SVG and executables are refused because a public
// space's visitors download what the site links to.
const allowedTypes = [
  'image/*',
  'video/*',
  'audio/*',
  'application/pdf',
  'application/vnd.oasis.opendocument.*',
  'application/vnd.openxmlformats-officedocument.*',
  'text/plain',
  'text/csv',
];

const deniedTypes = [
  'image/svg+xml',
  'application/vnd.microsoft.portable-executable',
  'application/x-msdownload',
  'application/x-msdos-program',
  'application/x-executable',
  'application/x-dosexec',
  'application/x-sh',
  'text/x-shellscript',
  'application/x-mach-binary',
];

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  // The network's own plugins, one workspace each under plugins/.
  workflow: {
    enabled: true,
    resolve: '../plugins/workflow',
    config: { overdueReminderRule: env('WORKFLOW_OVERDUE_REMINDER_RULE', '0 8 * * *') },
  },
  revisions: {
    enabled: true,
    resolve: '../plugins/revisions',
    config: {
      contentTypes: ['api::fiche.fiche', 'api::espace.espace'],
      // Days after which old revisions lose their private fields (a space's referent).
      personalDataRetentionDays: env.int('REVISIONS_PERSONAL_DATA_RETENTION_DAYS', 365),
    },
  },
  digest: {
    enabled: true,
    resolve: '../plugins/digest',
    // Keys and their meaning: plugins/digest/README.md.
    config: {
      siteUrl: env('SITE_URL', 'http://localhost:4321'),
      apiUrl: env('DIGEST_API_URL', env('PUBLIC_URL', '') || `http://localhost:${env('PORT', '1337')}`),
      secret: env('DIGEST_SECRET', ''),
      rule: env('DIGEST_RULE', '0 8 * * 1'),
      retryRule: env('DIGEST_RETRY_RULE', '*/10 * * * *'),
      sendRate: env.float('DIGEST_SEND_RATE', 10),
      connections: env.int('DIGEST_SMTP_CONNECTIONS', 3),
      rateLimit: { max: env.int('DIGEST_RATE_LIMIT_MAX', 30), windowSeconds: env.int('DIGEST_RATE_LIMIT_WINDOW', 600) },
    },
  },
  'users-permissions': {
    config: {
      jwtManagement: 'refresh',
      sessions: { httpOnly: true },
      // Logins per minute and address; the test harness raises it (many accounts log in).
      ratelimit: { interval: 60_000, max: env.int('AUTH_RATELIMIT_MAX', 10) },
    },
  },
  upload: {
    config: {
      security: { allowedTypes, deniedTypes },
    },
  },
});

export default config;
