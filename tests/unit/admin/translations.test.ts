import { createRequire } from 'node:module';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { frTranslations } from '../../../cms/src/admin/translations/fr';

// Strapi's admin messages as the admin panel loads them: @strapi/admin's own ids, then each plugin's
// ids behind its plugin's prefix (`upload.…`). Strapi ships them as CommonJS modules in its dist.
const require = createRequire(import.meta.url);
const PACKAGES: Record<string, { dir: string; prefix: string }> = {
  '@strapi/admin': { dir: 'dist/admin/admin/src/translations', prefix: '' },
  '@strapi/upload': { dir: 'dist/admin/translations', prefix: 'upload.' },
  '@strapi/content-manager': { dir: 'dist/admin/translations', prefix: 'content-manager.' },
};

function strapiMessages(locale: 'en' | 'fr'): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [name, { dir, prefix }] of Object.entries(PACKAGES)) {
    const root = path.dirname(require.resolve(`${name}/package.json`));
    // Some files export the messages as `module.exports`, others as `exports.default`.
    const loaded: { default?: Record<string, unknown> } = require(path.join(root, dir, `${locale}.json.js`));
    for (const [id, message] of Object.entries(loaded.default ?? loaded)) {
      if (typeof message === 'string') messages[prefix + id] = message;
    }
  }
  return messages;
}

const EN = strapiMessages('en');
const FR = strapiMessages('fr');

/**
 * Ids the admin shows that no en.json holds: Strapi's code gives their English (`defaultMessage`)
 * itself. Found in @strapi/admin's dist: components/GuidedTour/Steps/Step.js,
 * pages/Home/components/AddWidgetModal.js, StrapiApp.js.
 */
const ENGLISH_IN_CODE: Record<string, string> = {
  'tours.previous': 'Previous',
  'HomePage.addWidget.selectWidget': 'Select {widgetName} widget',
  'widget.deploy-now.title': 'Deploy',
};

/** What a translation must keep of its source: the arguments (with their kind and select's cases) and the tags. */
function shapeOf(message: string): string[] {
  type Element = ReturnType<IntlMessageFormat['getAst']>[number];
  const KINDS = ['literal', 'argument', 'number', 'date', 'time', 'select', 'plural', 'pound', 'tag'];
  const shape: string[] = [];
  const walk = (elements: Element[]) => {
    for (const element of elements) {
      const kind = KINDS[element.type];
      if (kind === 'tag' && 'children' in element) {
        shape.push(`<${element.value}>`);
        walk(element.children);
      } else if (kind === 'select' && 'options' in element) {
        shape.push(`{${element.value}, select, ${Object.keys(element.options).sort().join(' ')}}`);
      } else if (kind !== 'literal' && kind !== 'pound' && 'value' in element) {
        shape.push(`{${element.value}, ${kind}}`);
      }
      if ('options' in element) for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, 'en').getAst());
  return [...new Set(shape)].sort();
}

describe("the admin's French messages", () => {
  it("should translate every id of Strapi's guided tour and Media Library banner", () => {
    const shown = Object.keys(EN).filter((id) => id.startsWith('tours.') || id.startsWith('app.components.MediaLibraryBanner'));
    const untranslated = shown.filter((id) => !(id in FR) && !(id in frTranslations));
    expect(shown.length).toBeGreaterThan(60);
    expect(untranslated).toEqual([]);
  });

  it('should translate only ids Strapi shows', () => {
    const unknown = Object.keys(frTranslations).filter((id) => !(id in EN) && !(id in ENGLISH_IN_CODE));
    expect(unknown).toEqual([]);
  });

  it("should carry no id Strapi's French file already translates", () => {
    const shipped = Object.keys(frTranslations).filter((id) => id in FR);
    expect(shipped).toEqual([]);
  });

  it('should keep the variables and tags of the English message', () => {
    const sources = { ...ENGLISH_IN_CODE, ...EN };
    const changed = Object.entries(frTranslations)
      .filter(([id]) => id in sources) // an id Strapi does not know is the previous test's failure
      .map(([id, french]) => ({ id, english: shapeOf(sources[id]!), french: shapeOf(french) }))
      .filter(({ english, french }) => english.join() !== french.join());
    expect(changed).toEqual([]);
  });
});
