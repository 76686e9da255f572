import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { purgeOutbox } from '../../../cms/src/providers/email-outbox/purge';
import { CMS_DIR, getCms } from '../../helpers/cms';

const require = createRequire(import.meta.url);
/** Modules as Strapi's email plugin requires its provider: from its own folder. */
const requireAsStrapi = createRequire(require.resolve('@strapi/email/package.json'));
const DAY_MS = 86_400_000;
const folders: string[] = [];

function scratch(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reseau-epn-outbox-'));
  folders.push(dir);
  return dir;
}

interface EmailConfig {
  provider: string;
  providerOptions: Record<string, unknown>;
  settings: { defaultFrom: string; defaultReplyTo: string };
}

/** The email plugin's settings as cms/config/plugins.ts computes them for `environment` (compiled at the run's boot). */
function emailConfigFor(environment: Record<string, string | undefined>): EmailConfig {
  const saved = { ...process.env };
  try {
    for (const [key, value] of Object.entries(environment)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    const { env } = require('@strapi/utils');
    return require(path.join(CMS_DIR, 'dist', 'config', 'plugins.js')).default({ env }).email.config;
  } finally {
    process.env = saved;
  }
}

beforeAll(async () => {
  await getCms();
});

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the outbox, without an SMTP server', () => {
  it('should write each message as an .eml file a mail reader parses, headers and Message-ID included', async () => {
    const dir = scratch();
    const config = emailConfigFor({ SMTP_HOST: undefined, MAIL_OUTBOX_DIR: dir, MAIL_FROM: 'Réseau EPN <lettre@reseau-epn.example>' });
    const provider = requireAsStrapi(config.provider).init(config.providerOptions, config.settings);

    await provider.send({
      to: 'lectrice@exemple.fr',
      subject: 'Votre prêt est accepté',
      text: 'Du 3 au 7 mai.',
      html: '<p>Du 3 au 7 mai.</p>',
      messageId: '<outbox.test@reseau-epn.example>',
      headers: { 'List-Unsubscribe': '<https://cms.example/api/digest/unsubscribe?token=t>' },
    });
    const files = readdirSync(dir);
    const raw = readFileSync(path.join(dir, files[0]));
    const mail = await simpleParser(raw);

    expect(files).toEqual([expect.stringMatching(/\.eml$/)]);
    // RFC 5322: lines end with CRLF.
    expect(raw.toString('latin1')).not.toMatch(/[^\r]\n/);
    expect(mail).toMatchObject({ subject: 'Votre prêt est accepté', messageId: '<outbox.test@reseau-epn.example>', text: 'Du 3 au 7 mai.' });
    expect(mail.from?.text).toBe('"Réseau EPN" <lettre@reseau-epn.example>');
    expect(mail.to).toMatchObject({ text: 'lectrice@exemple.fr' });
    expect(mail.headerLines.find((line) => line.key === 'list-unsubscribe')?.line).toBe(
      'List-Unsubscribe: <https://cms.example/api/digest/unsubscribe?token=t>',
    );
  });

  it('should use the pooled nodemailer provider (email-smtp) once SMTP_HOST is set', () => {
    const config = emailConfigFor({
      SMTP_HOST: 'smtp.exemple.fr',
      SMTP_PORT: '465',
      SMTP_SECURE: 'true',
      SMTP_CONNECTIONS: undefined,
      DIGEST_SMTP_CONNECTIONS: '5',
    });

    expect(config.provider).toBe('@reseau-epn/cms/dist/src/providers/email-smtp');
    expect(config.providerOptions).toMatchObject({ host: 'smtp.exemple.fr', port: 465, secure: true, pool: true, maxConnections: 5 });
  });
});

describe('the outbox retention', () => {
  it('should delete the .eml files older than the retention, and nothing else', async () => {
    const dir = scratch();
    const now = new Date('2026-06-01T12:00:00Z');
    const age = (name: string, days: number) => {
      writeFileSync(path.join(dir, name), 'Subject: x\r\n\r\nx\r\n');
      const at = new Date(now.getTime() - days * DAY_MS);
      utimesSync(path.join(dir, name), at, at);
    };
    age('ancien.eml', 31);
    age('recent.eml', 29);
    age('notes.txt', 90);

    const removed = await purgeOutbox(dir, 30, now);

    expect(removed).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'recent.eml']);
  });
});
