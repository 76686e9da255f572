/**
 * ICU messages for the browser. The site's scripts show counts (the filters, the search) but
 * intl-messageformat and its parser weigh about 12 KB gzip, more than the scripts themselves: the
 * build compiles each message once (`messageForms`) into one template per plural form, and the
 * browser picks the form with `Intl.PluralRules` (`formatForms`, no dependency). The message keeps
 * one source, in ICU syntax, for the pages, the scripts and the mails alike.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { LANG_TAGS, type Locale } from './locales.js';

/** A message compiled for the browser: plain data, serializable into a page. */
export interface MessageForms {
  /** The BCP 47 tag whose plural rules and digits apply. */
  lang: string;
  /** The argument the plural depends on, if the message has one. */
  plural?: string;
  /**
   * The text for each case of the plural (`=0`, `one`, `few`, `other`…), or `other` alone: `{name}`
   * stands for an argument, and `{#}` for the plural's number, written in the language's digits.
   */
  forms: Record<string, string>;
}

type Element = ReturnType<IntlMessageFormat['getAst']>[number];

// The parser's TYPE enum (@formatjs/icu-messageformat-parser), which intl-messageformat does not re-export.
const LITERAL = 0;
const ARGUMENT = 1;
const PLURAL = 6;
const POUND = 7;

/** Text of elements without a plural: literals, `{name}` arguments and `{#}`. */
function templateOf(elements: Element[], message: string): string {
  return elements
    .map((element) => {
      if (element.type === LITERAL) return element.value.replace(/\{/g, '{{').replace(/\}/g, '}}');
      if (element.type === ARGUMENT) return `{${element.value}}`;
      if (element.type === POUND) return '{#}';
      throw new Error(`Message for the browser holds more than plain arguments and one plural: ${message}`);
    })
    .join('');
}

/** Compiles an ICU message with at most one plural, not nested, into a template per plural case. */
export function messageForms(locale: Locale, message: string): MessageForms {
  const lang = LANG_TAGS[locale];
  const ast = new IntlMessageFormat(message, lang, undefined, { ignoreTag: true }).getAst();
  const plurals = ast.filter((element) => element.type === PLURAL);
  if (plurals.length === 0) return { lang, forms: { other: templateOf(ast, message) } };
  const plural = plurals[0];
  if (plurals.length > 1 || !('options' in plural) || ('offset' in plural && plural.offset !== 0)) {
    throw new Error(`Message for the browser holds more than one plural, or an offset: ${message}`);
  }
  const at = ast.indexOf(plural);
  const before = templateOf(ast.slice(0, at), message);
  const after = templateOf(ast.slice(at + 1), message);
  const forms = Object.fromEntries(Object.entries(plural.options).map(([key, option]) => [key, before + templateOf(option.value, message) + after]));
  return { lang, plural: plural.value, forms };
}

/**
 * A compiled message with its values, as intl-messageformat would write it: the exact case
 * (`=2`) first, then the plural rule's category, then `other`. Runs in the browser.
 */
export function formatForms(message: MessageForms, values: Record<string, string | number> = {}): string {
  const count = message.plural === undefined ? undefined : Number(values[message.plural]);
  const form =
    count === undefined
      ? message.forms.other
      : (message.forms[`=${count}`] ?? message.forms[new Intl.PluralRules(message.lang).select(count)] ?? message.forms.other);
  return (form ?? '').replace(/\{\{|\}\}|\{(#|\w+)\}/g, (token, name: string | undefined) => {
    if (token === '{{') return '{';
    if (token === '}}') return '}';
    if (name === '#') return new Intl.NumberFormat(message.lang).format(count ?? 0);
    return String(values[name!] ?? '');
  });
}
