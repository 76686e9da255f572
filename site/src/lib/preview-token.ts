/**
 * Checks the token of a preview link (src/pages/apercu/): signed by the CMS for one document, one
 * locale and one status, until an expiry (cms/src/utils/preview-token.ts signs it).
 *
 * Format (version 1), the same on both sides:
 *   token   = <expiry>.<signature>
 *   expiry  = Unix time in seconds after which the link is refused
 *   signature = base64url(HMAC-SHA256(PREVIEW_SECRET, "preview\n<documentId>\n<locale>\n<status>\n<expiry>"))
 * The signatures are compared in constant time (crypto.timingSafeEqual), so the answer's timing
 * tells nothing about how much of a guess was right.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface PreviewTarget {
  documentId: string;
  locale: string;
  status: string;
}

const TOKEN = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

export function verifyPreviewToken(token: string | null | undefined, target: PreviewTarget, secret: string | undefined, now = Date.now()): boolean {
  const match = TOKEN.exec(token ?? '');
  // A newline inside a field could make two different targets sign the same message.
  if (!secret || !match || Object.values(target).some((field) => field.includes('\n'))) return false;
  const expiry = Number(match[1]);
  if (expiry * 1000 <= now) return false;
  const message = ['preview', target.documentId, target.locale, target.status, String(expiry)].join('\n');
  // Compared as text, not decoded: base64url's last character carries two unused bits, and a
  // token differing only there must not pass.
  const expected = Buffer.from(createHmac('sha256', secret).update(message).digest('base64url'));
  const given = Buffer.from(match[2]);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
