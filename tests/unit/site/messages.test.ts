/// <reference types="vite/client" />
// vite/client: the UI strings are read with import.meta.glob (site/src/lib/i18n-strings.ts).
import { formatForms, formatMessage, LOCALES, messageForms, type Locale } from '@reseau-epn/platform';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { t } from '../../../site/src/lib/i18n';
import { checkStrings, STRINGS } from '../../../site/src/lib/i18n-strings';

/** The arguments a message names, plural ones included, sorted. */
function argumentsOf(locale: Locale, message: string): string[] {
  type Element = ReturnType<IntlMessageFormat['getAst']>[number];
  const names = new Set<string>();
  const walk = (elements: Element[]) => {
    for (const element of elements) {
      // 1: a plain argument, 6: a plural (intl-messageformat's parser types)
      if (element.type === 1 || element.type === 6) names.add(element.value);
      if ('options' in element) for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst());
  return [...names].sort();
}

/** Keys whose French message depends on a count. */
const PLURAL_KEYS = Object.keys(STRINGS.fr).filter((key) => STRINGS.fr[key]!.includes(', plural,'));
const COUNTS = [0, 1, 2, 3, 4, 5, 9, 11, 21, 22, 23, 100, 1_000_000];

describe('count messages', () => {
  it.each([
    [0, '0 fiche'],
    [1, '1 fiche'],
    [2, '2 fiches'],
    [3, '3 fiches'],
  ])('should write %i fiches in French as « %s »', (count, text) => {
    expect(t('fr', 'fiches.count', { count })).toBe(text);
  });

  it.each([
    [0, '0 guides'],
    [1, '1 guide'],
    [2, '2 guides'],
    [3, '3 guides'],
  ])('should write %i fiches in English as « %s »', (count, text) => {
    expect(t('en', 'fiches.count', { count })).toBe(text);
  });

  it.each([
    [1, '1 fichenn'],
    [2, '2 fichenn'],
    [3, '3 fichenn'],
    [5, '5 fichenn'],
    [21, '21 fichenn'],
  ])('should write %i fiches in Breton as « %s » (a noun stays singular after a number)', (count, text) => {
    expect(t('br', 'fiches.count', { count })).toBe(text);
  });

  it("should use Breton's form for round millions (« a » and the plural)", () => {
    expect(t('br', 'fiches.count', { count: 1_000_000 })).toMatch(/^1\s000\s000 a fichennoù$/);
  });

  it('should say « Aucun résultat » for no result, then the singular for one and the plural after', () => {
    const query = 'wifi';

    expect([0, 1, 2].map((count) => t('fr', 'search.count', { count, query }))).toEqual([
      'Aucun résultat pour « wifi ».',
      '1 résultat pour « wifi ».',
      '2 résultats pour « wifi ».',
    ]);
  });

  it('should agree « 1 space matches » in English and « 2 spaces match »', () => {
    expect([1, 2].map((count) => t('en', 'spaces.facetPage.count', { count }))).toEqual(['1 space matches.', '2 spaces match.']);
  });

  it('should write the places of an event in the singular for one', () => {
    expect([1, 8].map((count) => t('fr', 'calendar.capacity', { count }))).toEqual(['1 place', '8 places']);
  });
});

describe('messages compiled for the browser', () => {
  const values = { query: 'wifi', total: 12, shown: 3, message: 'refus', size: '512', start: '1 décembre', end: '5 janvier' };

  it.each(LOCALES.flatMap((locale) => PLURAL_KEYS.map((key) => [locale, key] as const)))(
    'should write %s %s as the build does, for every count',
    (locale, key) => {
      const forms = messageForms(locale, STRINGS[locale][key]!);
      const plural = forms.plural!;

      const browser = COUNTS.map((count) => formatForms(forms, { ...values, [plural]: count }));
      const build = COUNTS.map((count) => formatMessage(locale, STRINGS[locale][key]!, { ...values, [plural]: count }));

      expect(browser).toEqual(build);
    },
  );

  it('should fill a message without plural', () => {
    expect(formatForms(messageForms('fr', STRINGS.fr['letter.error']!), { message: 'adresse invalide' })).toBe("Cela n'a pas fonctionné : adresse invalide");
  });
});

describe('UI strings', () => {
  it.each(LOCALES.filter((locale) => locale !== 'fr'))('should name in %s the same arguments as in French', (locale) => {
    const differing = Object.keys(STRINGS.fr).filter((key) => argumentsOf(locale, STRINGS[locale][key]!).join() !== argumentsOf('fr', STRINGS.fr[key]!).join());

    expect(differing).toEqual([]);
  });

  it('should fail on a key missing from a translation', () => {
    expect(() => checkStrings({ fr: { 'a.b': 'A', 'a.c': 'C' }, br: { 'a.b': 'A' }, en: { 'a.b': 'A', 'a.c': 'C' } })).toThrow(/missing in br: a\.c/);
  });

  it('should fail on an unknown key', () => {
    expect(() => t('fr', 'no.such.key')).toThrow(/Unknown UI string "no.such.key"/);
  });
});
