import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

/** One seed file: its key (file name), its fields, and the Markdown body for .md files. */
export interface SeedEntry {
  key: string;
  /** A translation's locale, from `<key>.<locale>.md`; undefined for the French original. */
  locale?: string;
  file: string;
  fields: Record<string, unknown>;
  body?: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;
const TRANSLATION = /^(.+)\.(br|en)$/;

function parseFile(file: string): Pick<SeedEntry, 'fields' | 'body'> {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.json')) return { fields: JSON.parse(text) };
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new Error('a Markdown entry starts with a front matter between two "---" lines');
  return { fields: (parseYaml(match[1]) ?? {}) as Record<string, unknown>, body: match[2].trim() };
}

/** Reads every .json and .md entry of one type's folder, sorted by file name. */
export function readEntries(dir: string, folder: string): SeedEntry[] {
  const folderPath = path.join(dir, folder);
  if (!existsSync(folderPath)) return [];
  return readdirSync(folderPath)
    .filter((name) => name.endsWith('.json') || name.endsWith('.md'))
    .sort()
    .map((name) => {
      const file = path.join(folderPath, name);
      const stem = name.replace(/\.(json|md)$/, '');
      const translation = TRANSLATION.exec(stem);
      try {
        return { key: translation ? translation[1] : stem, locale: translation?.[2], file, ...parseFile(file) };
      } catch (error) {
        throw new Error(`${file}: ${(error as Error).message}`);
      }
    });
}
