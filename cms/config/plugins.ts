import path from 'path';
import type { Core } from '@strapi/strapi';
import { PERSONAL_ESPACE_FIELDS } from '../src/api/espace/field-visibility';
import { noDelaySocket } from '../src/providers/no-delay-socket';
import { DEFAULT_SITE_URL } from '../src/utils/site-url';
import { TRACKED_UIDS, UIDS } from '@reseau-epn/platform';

type Env = Core.Config.Shared.ConfigParams['env'];

/** The repository's git-ignored data directory: this file runs from cms/dist/config. */
const defaultDataDir = path.resolve(__dirname, '..', '..', '..', 'data');

/**
 * The email providers, named through the cms workspace's own package: Strapi lowercases a
 * provider's name before require(), so an absolute path with a capital letter in it would not
 * load. With SMTP_HOST, the official nodemailer provider that sends again what the server
 * answered 421 (cms/src/providers/email-smtp); without, `.eml` files (cms/src/providers/email-outbox).
 */
const SMTP_PROVIDER = '@reseau-epn/cms/dist/src/providers/email-smtp';
const OUTBOX_PROVIDER = '@reseau-epn/cms/dist/src/providers/email-outbox';

/** SMTP connections kept open in parallel; DIGEST_SMTP_CONNECTIONS is its former name. */
const smtpConnections = (env: Env) => env.int('SMTP_CONNECTIONS', env.int('DIGEST_SMTP_CONNECTIONS', 3));

/**
 * Strapi's email service is the platform's one mailer: Strapi's own mail (password resets), the
 * workflow's notifications and the digest. The official nodemailer provider, pooled, when an SMTP
 * server is set (with one mend, see SMTP_PROVIDER); otherwise `.eml` files in the outbox. Read
 * once at start-up.
 */
function email(env: Env) {
  const from = env('MAIL_FROM', 'Réseau EPN <no-reply@reseau-epn.example>');
  const host = env('SMTP_HOST', '');
  const user = env('SMTP_USER', '');
  const outboxDir = env('MAIL_OUTBOX_DIR', '') || path.join(env('DATA_DIR', defaultDataDir), 'outbox');
  const smtp = {
    host,
    port: env.int('SMTP_PORT', 587),
    secure: env.bool('SMTP_SECURE', false),
    auth: user ? { user, pass: env('SMTP_PASS', '') } : undefined,
    // One pool for every sender; a connection is not recycled after nodemailer's default of 100
    // messages (the digest sends thousands in a row).
    pool: true,
    maxConnections: smtpConnections(env),
    maxMessages: Infinity,
    // Nagle's algorithm off: see the file.
    getSocket: noDelaySocket(),
  };
  return {
    provider: host ? SMTP_PROVIDER : OUTBOX_PROVIDER,
    providerOptions: host ? smtp : { dir: outboxDir },
    settings: { defaultFrom: from, defaultReplyTo: from },
    // Ours, not Strapi's: the outbox's retention, applied whichever provider is in use
    // (cms/src/providers/email-outbox/purge-schedule.ts).
    outbox: { dir: outboxDir, retentionDays: env.int('MAIL_OUTBOX_RETENTION_DAYS', 30), purgeRule: '30 3 * * *' },
  };
}

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
  email: { config: email(env) },
  // The network's own plugins, one workspace each under plugins/.
  workflow: {
    enabled: true,
    resolve: '../plugins/workflow',
    // Keys and their meaning: plugins/workflow/README.md.
    config: {
      overdueReminderRule: env('WORKFLOW_OVERDUE_REMINDER_RULE', '0 8 * * *'),
      mailRetryRule: env('WORKFLOW_MAIL_RETRY_RULE', '*/10 * * * *'),
      mailRetentionDays: env.int('WORKFLOW_MAIL_RETENTION_DAYS', 30),
    },
  },
  revisions: {
    enabled: true,
    resolve: '../plugins/revisions',
    config: {
      contentTypes: [...TRACKED_UIDS],
      // Days after which old revisions lose their personal fields (a space's referent and team).
      personalDataRetentionDays: env.int('REVISIONS_PERSONAL_DATA_RETENTION_DAYS', 365),
      personalFields: { [UIDS.espace]: [...PERSONAL_ESPACE_FIELDS] },
    },
  },
  digest: {
    enabled: true,
    resolve: '../plugins/digest',
    // Keys and their meaning: plugins/digest/README.md.
    config: {
      siteUrl: env('SITE_URL', DEFAULT_SITE_URL),
      apiUrl: env('DIGEST_API_URL', env('PUBLIC_URL', '') || `http://localhost:${env('PORT', '1337')}`),
      secret: env('DIGEST_SECRET', ''),
      rule: env('DIGEST_RULE', '0 8 * * 1'),
      retryRule: env('DIGEST_RETRY_RULE', '*/10 * * * *'),
      sendRate: env.float('DIGEST_SEND_RATE', 10),
      // As many messages in flight as the email pool has connections.
      connections: smtpConnections(env),
      rateLimit: { max: env.int('DIGEST_RATE_LIMIT_MAX', 30), windowSeconds: env.int('DIGEST_RATE_LIMIT_WINDOW', 600) },
    },
  },
  moderation: {
    enabled: true,
    resolve: '../plugins/moderation',
    // Keys and their meaning: plugins/moderation/README.md.
    config: {
      siteUrl: env('SITE_URL', DEFAULT_SITE_URL),
      apiUrl: env('PUBLIC_URL', '') || `http://localhost:${env('PORT', '1337')}`,
      secret: env('FORUM_SECRET', ''),
      preModeratedPosts: env.int('FORUM_PREMODERATED_POSTS', 3),
      flagThreshold: env.int('FORUM_FLAG_THRESHOLD', 3),
      rateLimit: { max: env.int('FORUM_RATE_LIMIT_MAX', 20), windowSeconds: env.int('FORUM_RATE_LIMIT_WINDOW', 600) },
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
