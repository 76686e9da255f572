/**
 * A topic's slug from its title: lowercase words and digits joined by hyphens (the project's slug
 * rule, cms/src/validation/rules.ts), accents folded, at most 80 characters, `sujet` when the
 * title has no letter or digit. `taken` says whether a candidate is used; -2, -3… are tried.
 */
export async function topicSlug(title: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  const base =
    title
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'sujet';
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
}
