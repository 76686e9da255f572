/**
 * From what a visitor typed to what the index is asked, word by word:
 *
 * - every word is folded (no accents, lower case), so "reseau" and "réseau" are one word;
 * - a word of four letters or more also matches the words one typo away (a letter missing,
 *   added, replaced or two letters swapped): "imprimente" finds "imprimante";
 * - the last word, while it is being typed, matches every word that starts with it;
 * - a word, or a run of words, that spells a member of a synonym group also matches the group's
 *   other members (synonyms.ts): "mot de passe" finds "identifiant";
 * - no word is required: the engine weighs pages by how many of the query's words they match
 *   (engine.ts), so a question in everyday words still finds the page that shares a few of them.
 *
 * Typos are taken on the word as typed, not on its stem: the variants one edit away are
 * stemmed and kept when the index knows them. Lunr's own fuzzy matching compares stems, and
 * a typo often changes the stem more than one letter ("imprimente" → "impriment", against
 * "imprim"). A word the index knows, or a word being typed that already starts known words,
 * is taken as meant: looking for its neighbours would only add noise (and time).
 */
import { findSynonyms, type SynonymTable } from './synonyms';
import { fold, words } from './text';

export const FUZZY_MIN_LENGTH = 4;
export const PREFIX_MIN_LENGTH = 3;

export interface QueryWord {
  /** Folded. */
  text: string;
  /** True for the last word when the visitor has not finished typing it. */
  prefix: boolean;
}

/** The words of a query; the last one is a prefix unless a space or punctuation follows it. */
export function parseQuery(input: string): QueryWord[] {
  const list = words(fold(input));
  const open = /[\p{L}\p{N}]$/u.test(input);
  return list.map((text, i) => ({ text, prefix: open && i === list.length - 1 && text.length >= PREFIX_MIN_LENGTH }));
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every string one edit away from a word: a letter deleted, replaced, inserted, or two swapped. */
export function editVariants(word: string): string[] {
  const variants = new Set<string>();
  for (let i = 0; i <= word.length; i += 1) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) variants.add(head + tail.slice(1));
    if (tail.length > 1) variants.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of LETTERS) {
      variants.add(head + letter + tail);
      if (tail) variants.add(head + letter + tail.slice(1));
    }
  }
  variants.delete(word);
  return [...variants];
}

/** The index terms that satisfy one query word. */
export interface WordPlan {
  word: QueryWord;
  /** The word's own term. */
  exact: string[];
  /** Terms of the words one typo away that the index knows. */
  fuzzy: string[];
  /** Terms starting with these match too (the word being typed). */
  prefixes: string[];
}

/**
 * What one word asks of the index, or null when it asks nothing (a stop word, once typed).
 * `termOf` runs a word through the language's pipeline; `known` says whether the index has a term.
 */
export function planWord(
  word: QueryWord,
  termOf: (word: string) => string | null,
  known: (term: string) => boolean,
  startsKnown: (prefix: string) => boolean = () => false,
): WordPlan | null {
  const term = termOf(word.text);
  if (term === null && !word.prefix) return null;
  const exact = term ? [term] : [];
  const prefixes = word.prefix ? [...new Set([word.text, ...(term && term.length >= PREFIX_MIN_LENGTH ? [term] : [])])] : [];
  const meant = (term !== null && known(term)) || prefixes.some(startsKnown);
  const fuzzy =
    word.text.length >= FUZZY_MIN_LENGTH && !meant
      ? [...new Set(editVariants(word.text).map(termOf))].filter((t): t is string => t !== null && t !== term && known(t))
      : [];
  return { word, exact, fuzzy, prefixes };
}

/** How much a term weighs in Lunr's ranking, by how it was reached. */
export const BOOST = { exact: 3, synonym: 2, prefix: 1, fuzzy: 0.5 };

/** A page matches an alternative when it holds every one of its terms. */
export interface Alternative {
  terms: string[];
  boost: number;
}

/** One thing the visitor asked for: a word, or a run of words that spells a synonym. */
export interface Concept {
  alternatives: Alternative[];
}

export interface QueryContext {
  termOf: (word: string) => string | null;
  known: (term: string) => boolean;
  startsKnown: (prefix: string) => boolean;
  /** The index terms a word being typed may stand for, most frequent first. */
  expand: (prefix: string) => string[];
  synonyms: SynonymTable;
}

function wordAlternatives(plan: WordPlan, expand: QueryContext['expand']): Alternative[] {
  return [
    ...plan.exact.map((term) => ({ terms: [term], boost: BOOST.exact })),
    ...plan.fuzzy.map((term) => ({ terms: [term], boost: BOOST.fuzzy })),
    ...plan.prefixes.flatMap(expand).map((term) => ({ terms: [term], boost: BOOST.prefix })),
  ];
}

/** What a query asks of the index: its concepts, in order (stop words dropped). */
export function planQuery(input: string, ctx: QueryContext): Concept[] {
  // A word of a synonym group is meant as typed, even when no page holds it ("ordi").
  const known = (term: string) => ctx.known(term) || ctx.synonyms.terms.has(term);
  const plans = parseQuery(input)
    .map((word) => planWord(word, ctx.termOf, known, ctx.startsKnown))
    .filter((p): p is WordPlan => p !== null);
  const spans = findSynonyms(
    plans.map((p) => p.exact[0] ?? ''),
    ctx.synonyms,
  );
  const concepts: Concept[] = [];
  for (let i = 0; i < plans.length;) {
    const span = spans.find((s) => s.start === i);
    const own = span ? plans.slice(i, span.end) : [plans[i]!];
    const ownTerms = own.flatMap((p) => p.exact);
    const alternatives = own.length === 1 ? wordAlternatives(own[0]!, ctx.expand) : [{ terms: ownTerms, boost: BOOST.exact }];
    for (const terms of span?.others ?? []) alternatives.push({ terms, boost: BOOST.synonym });
    concepts.push({ alternatives });
    i += own.length;
  }
  return concepts;
}
