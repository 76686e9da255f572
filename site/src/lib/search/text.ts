/**
 * Text normalisation shared by the index (at build time) and the query (in the browser), so that
 * both sides agree on what a word is: "Réseau", "reseau" and "RÉSEAU" are the same word.
 */

/** Lower case without diacritics: "Réseau" → "reseau", "hameçonnage" → "hameconnage", "œuvre" → "oeuvre". */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}

// Breton's trigraph c'h is one letter ("c'hoari"): spelt "ch" so the apostrophe does not split it.
const BRETON_CH = /c['’]h/gi;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The words of a text, as typed: split on anything that is not a letter or a digit, so that
 * French elisions ("l'imprimante") and hyphens ("mot-de-passe") separate words.
 */
export function words(text: string): string[] {
  return text.replace(BRETON_CH, 'ch').match(WORD) ?? [];
}

/** At most `max` characters, cut at a word boundary, with an ellipsis when something was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.!?—-]+$/, '')}…`;
}
