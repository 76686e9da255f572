import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFiles, siteDir } from './helpers';

const SEED = path.resolve(import.meta.dirname, '../../content-seed/data');
const read = (folder: string) => readdirSync(path.join(SEED, folder)).map((name) => JSON.parse(readFileSync(path.join(SEED, folder, name), 'utf8')));
const contact = (c: { email?: string; phone?: string } | undefined) => [c?.email, c?.phone].filter(Boolean) as string[];

const FIXTURE = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/site-snapshot.json'), 'utf8')) as {
  forum: { members: Record<string, unknown>[] };
};
/**
 * The fixture's forum member who carries private fields, as a public route that leaked them would:
 * the site keeps the public ones only (site/src/lib/forum/collections.ts).
 */
const leakyMember = FIXTURE.forum.members.find((member) => 'email' in member)!;

/** The seed's private values, by field: none may reach the built site. */
const PRIVATE: Record<string, string[]> = {
  'espace.referent': read('espaces').flatMap((e) => contact(e.referent)),
  'pret.requester': read('prets').flatMap((p) => contact(p.requester)),
  'intervention.requester': read('interventions').flatMap((i) => contact(i.requester)),
  'membre.email': read('membres').map((m) => m.email),
  'utilisateur.email': read('utilisateurs').map((u) => u.email),
  'espace.networkDescription (internal)': read('espaces').map((e) => String(e.networkDescription).slice(0, 60)),
  'forum member email': [String(leakyMember.email)],
  'forum member ban reason': [String(leakyMember.banReason)],
};

const output = () => builtFiles().map((file) => ({ file, text: readFileSync(path.join(siteDir(), file), 'utf8') }));

describe('the built site', () => {
  it.each(Object.entries(PRIVATE))('should not contain any %s', (_field, values) => {
    const leaks = output().flatMap(({ file, text }) => values.filter((v) => text.includes(v)).map((v) => `${file}: ${v}`));

    expect(values.length).toBeGreaterThan(0);
    expect(leaks).toEqual([]);
  });

  // The search indexes are left out: their keys are words of the text, and « référent » is one.
  it('should not name a private attribute in any page or data file', () => {
    const leaks = output()
      .filter(({ file }) => !file.startsWith('/search/'))
      .filter(({ text }) => /"(referent|requester|networkDescription|approvedPosts|banReason|flagCount|moderationReason)"/.test(text))
      .map(({ file }) => file);

    expect(leaks).toEqual([]);
  });
});
