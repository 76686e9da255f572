/**
 * The plain texts a build read (lib/plain-text.ts), kept with its pages' records (build-scope.ts)
 * for the next build: an incremental build then reads again only the bodies that changed. At
 * 5,000 fiches, reading every body again took the Markdown worker about 20 s, and the search
 * indexes, which need every text, waited for it. Texts are stored by a hash of their source and
 * layout, with the code stamp: other code may read Markdown otherwise, and then nothing is reused.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { codeStamp, hashOf, STATE_DIR_NAME } from './build-scope';

interface StoredTexts {
  code: string;
  /** hashOf(key) → text. */
  texts: Record<string, string>;
}

/** In the state folder, beside the routes' records (which are its only plain files). */
const FILE = path.join('texts', 'plain-texts.json');

/** The previous build's texts (SITE_BUILD_BASE), by hashOf(key); empty without one, or after a code change. */
export function previousTexts(env: NodeJS.ProcessEnv = process.env): Map<string, string> {
  const file = env.SITE_BUILD_BASE && path.join(env.SITE_BUILD_BASE, STATE_DIR_NAME, FILE);
  if (!file || !existsSync(file)) return new Map();
  const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredTexts;
  return stored.code === codeStamp() ? new Map(Object.entries(stored.texts)) : new Map();
}

/** Records this build's texts (key → text) for the next one, when the build keeps a state (SITE_BUILD_STATE). */
export function saveTexts(texts: Iterable<[key: string, text: string]>, env: NodeJS.ProcessEnv = process.env): void {
  if (!env.SITE_BUILD_STATE) return;
  const stored: StoredTexts = { code: codeStamp(), texts: {} };
  for (const [key, text] of texts) stored.texts[hashOf(key)] = text;
  mkdirSync(path.join(env.SITE_BUILD_STATE, path.dirname(FILE)), { recursive: true });
  writeFileSync(path.join(env.SITE_BUILD_STATE, FILE), JSON.stringify(stored));
}
