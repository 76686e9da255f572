/**
 * What a word becomes in the index, per language. Both the index (build time) and the query
 * (browser) run a word through the same functions, so they meet on the same term:
 *
 * - fr: accents folded, French stop words dropped, Snowball French stemmer (lunr-languages):
 *   "Réseaux" → "reseau", "imprimantes" → "imprim"; everyday verb forms the stemmer leaves
 *   apart are brought together before it (forms.ts: "rament" → "rame", "perdre" → "perdu");
 * - en: accents folded, Lunr's English stop words and Porter stemmer;
 * - br: accents folded and nothing else. There is no Breton stemmer, and a foreign one would
 *   mangle Breton words; Breton pages also carry French fallbacks, which a plain pipeline
 *   matches word for word.
 *
 * Accents are folded *before* the stemmer: the Snowball stemmer treats "é" as a vowel of its
 * own, so "sécurité" and "securite" would otherwise end as different stems.
 */
import type lunrType from 'lunr';
import type { Locale } from '@reseau-epn/platform';
import { frenchForm } from './forms';
import { fold } from './text';

type Lunr = typeof lunrType;

// lunr-languages' French list holds accented forms ("à", "été", "même"): these are their
// folded spellings, the form tokens have once folded.
const FRENCH_FOLDED_STOP_WORDS = [
  'a',
  'cela',
  'meme',
  'ete',
  'etee',
  'etees',
  'etes',
  'etaient',
  'etais',
  'etait',
  'etant',
  'etiez',
  'etions',
  'eumes',
  'eut',
  'eutes',
  'fumes',
  'fut',
  'futes',
];

/** The pipeline functions' labels, per language, in order: they are saved in the serialized index. */
export const PIPELINES: Record<Locale, string[]> = {
  fr: ['fold', 'stopWordFilter-fr', 'stopWordFilter-fr-folded', 'forms-fr', 'stemmer-fr'],
  en: ['fold', 'stopWordFilter', 'stemmer'],
  br: ['fold'],
};

/** Registers the functions the pipelines name (once per Lunr instance). */
export function registerPipelines(lunr: Lunr): void {
  const registered = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, unknown> }).registeredFunctions;
  if ('fold' in registered) return;
  const foldToken: lunrType.PipelineFunction = (token) => token.update((text) => fold(text));
  lunr.Pipeline.registerFunction(foldToken, 'fold');
  lunr.Pipeline.registerFunction(lunr.generateStopWordFilter(FRENCH_FOLDED_STOP_WORDS), 'stopWordFilter-fr-folded');
  const formsToken: lunrType.PipelineFunction = (token) => token.update((text) => frenchForm(text));
  lunr.Pipeline.registerFunction(formsToken, 'forms-fr');
}

/** The functions of a language's pipeline, for a builder or for running a word through. */
export function pipelineFunctions(lunr: Lunr, locale: Locale): lunrType.PipelineFunction[] {
  const registered = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, lunrType.PipelineFunction> }).registeredFunctions;
  return PIPELINES[locale].map((label) => {
    const fn = registered[label];
    if (!fn) throw new Error(`Lunr pipeline function "${label}" is not registered`);
    return fn;
  });
}

/** A word's index term in a language, or null for a stop word. */
export function termFunction(lunr: Lunr, locale: Locale): (word: string) => string | null {
  const pipeline = new lunr.Pipeline();
  pipeline.add(...pipelineFunctions(lunr, locale));
  const cache = new Map<string, string | null>();
  return (word) => {
    let term = cache.get(word);
    if (term === undefined) {
      term = pipeline.run([new lunr.Token(word.toLowerCase(), {})])[0]?.toString() ?? null;
      if (term === '') term = null;
      if (cache.size > 50_000) cache.clear();
      cache.set(word, term);
    }
    return term;
  };
}
