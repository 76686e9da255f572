/**
 * Signs the links of the Content Manager's « Aperçu » (config/admin.ts): each link opens one
 * document, in one locale and status, for a short while, instead of carrying the shared secret.
 *
 * Format (version 1), verified by site/src/lib/preview-token.ts, which spells it the same way:
 *   token   = <expiry>.<signature>
 *   expiry  = Unix time in seconds after which the link is refused
 *   signature = base64url(HMAC-SHA256(PREVIEW_SECRET, "preview\n<documentId>\n<locale>\n<status>\n<expiry>"))
 * The purpose ("preview") keeps a signature made with the same secret for anything else from
 * opening a preview. The Content Manager asks for a fresh link each time an editor opens the
 * preview, so an hour is plenty and a link that leaks (history, screenshots) soon goes stale.
 */
import { createHmac } from 'node:crypto';

export const PREVIEW_TOKEN_TTL_SECONDS = 60 * 60;

export interface PreviewTarget {
  documentId: string;
  locale: string;
  status: string;
}

/** The signed message: fields one per line (none may contain a newline: ids, locales and statuses don't). */
const message = ({ documentId, locale, status }: PreviewTarget, expiry: number) => ['preview', documentId, locale, status, String(expiry)].join('\n');

export function signPreviewToken(target: PreviewTarget, secret: string, { now = Date.now(), ttlSeconds = PREVIEW_TOKEN_TTL_SECONDS } = {}): string {
  if (!secret) throw new Error('PREVIEW_SECRET is empty: preview links cannot be signed');
  const expiry = Math.floor(now / 1000) + ttlSeconds;
  const signature = createHmac('sha256', secret).update(message(target, expiry)).digest('base64url');
  return `${expiry}.${signature}`;
}
