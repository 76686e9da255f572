import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

/** JSON with keys sorted, so equal content always hashes the same. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export const hashContent = (content: Record<string, unknown>) => createHash('sha256').update(stableJson(content)).digest('hex');

/**
 * A revision keeps the whole content, gzip-compressed: successive versions of a fiche differ
 * by a few words, and full copies keep restore and diff simple; compression keeps them small.
 */
export const encodeContent = (content: Record<string, unknown>) => gzipSync(stableJson(content), { level: 9 }).toString('base64');
export const decodeContent = (encoded: string) => JSON.parse(gunzipSync(Buffer.from(encoded, 'base64')).toString('utf8')) as Record<string, unknown>;
