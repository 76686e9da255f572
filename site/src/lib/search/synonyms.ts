/**
 * The network's synonym groups (the CMS's « Synonymes de recherche ») on the query side. Groups
 * are compared as index terms, so that "ordis" meets "ordi" and "rament" meets "ramer": each
 * member becomes the terms of its words, stop words left out ("mot de passe" → mot, pass). A run
 * of query words that spells a member (the longest first) also matches every other member of
 * its groups; a member of several words matches a page holding all of them.
 */
import { fold, words } from './text';

export interface SynonymTable {
  /** Member (as terms) → the members (as terms) of every group holding it, itself left out. */
  others: Map<string, string[][]>;
  /** The longest member, in terms. */
  longest: number;
  /** Every term a member holds: such a word is taken as meant, never as a typo. */
  terms: Set<string>;
}

const key = (terms: readonly string[]) => terms.join(' ');

/** Folds and splits the groups into sorted lists of members, as the index file carries them. */
export function foldGroups(groups: readonly string[]): string[][] {
  return groups
    .map((group) => [...new Set(group.split(/[,;\n]/).map((member) => words(fold(member)).join(' ')))].filter(Boolean))
    .filter((members) => members.length > 1);
}

export function synonymTable(groups: readonly (readonly string[])[], termOf: (word: string) => string | null): SynonymTable {
  const others = new Map<string, string[][]>();
  const terms = new Set<string>();
  let longest = 0;
  for (const group of groups) {
    const members = group.map((member) => words(member).flatMap((word) => termOf(word) ?? []));
    const distinct = [...new Map(members.filter((m) => m.length > 0).map((m) => [key(m), m])).values()];
    for (const member of distinct) {
      const list = others.get(key(member)) ?? [];
      for (const other of distinct) if (other !== member && !list.some((m) => key(m) === key(other))) list.push(other);
      others.set(key(member), list);
      longest = Math.max(longest, member.length);
      member.forEach((term) => terms.add(term));
    }
  }
  return { others, longest, terms };
}

/** A run of query terms that spells a member: `start` to `end` (excluded), and the other members. */
export interface SynonymSpan {
  start: number;
  end: number;
  others: string[][];
}

/** The runs of `terms` (one per meaningful query word, in order) that spell a member, longest first. */
export function findSynonyms(terms: readonly string[], table: SynonymTable): SynonymSpan[] {
  const spans: SynonymSpan[] = [];
  for (let start = 0; start < terms.length;) {
    let found: SynonymSpan | undefined;
    for (let end = Math.min(terms.length, start + table.longest); end > start && !found; end -= 1) {
      const others = table.others.get(key(terms.slice(start, end)));
      if (others) found = { start, end, others };
    }
    if (found) spans.push(found);
    start = found ? found.end : start + 1;
  }
  return spans;
}
