import { describe, expect, it } from 'vitest';
import { compileConfirmation } from '../../../plugins/digest/server/src/digest/confirmation-letter';
import { compileLetter } from '../../../plugins/digest/server/src/digest/letter';
import { LINKS, sampleContent } from './fixtures';

const slots = { preferencesUrl: 'https://site.example/lettre/preferences/?token=a&b', unsubscribeUrl: 'https://cms.example/api/digest/unsubscribe?token=a&b' };

describe.each(['fr', 'br', 'en'] as const)('the %s letter', (locale) => {
  it('should compile its MJML without errors', async () => {
    await expect(compileLetter(sampleContent(locale), LINKS)).resolves.toBeDefined();
  });

  it('should compile the confirmation message without errors', async () => {
    const message = (await compileConfirmation(locale, 48)).render('https://site.example/lettre/confirmation/?token=t');

    expect(message.html).toContain('https://site.example/lettre/confirmation/?token=t');
    expect(message.text).toContain('https://site.example/lettre/confirmation/?token=t');
  });

  it('should declare its language and need no remote image', async () => {
    const { html } = (await compileLetter(sampleContent(locale), LINKS)).render(sampleContent(locale).items, slots);

    expect(html).toMatch(new RegExp(`<html[^>]*lang="${locale}"`));
    expect(html).not.toMatch(/<img|url\(|@import|<link[^>]+stylesheet/i);
  });
});

describe('a subscriber’s message', () => {
  it('should hold only their items and the headings of their sections', async () => {
    const content = sampleContent();
    const letter = await compileLetter(content, LINKS);

    const { html, text } = letter.render([content.items[2]], slots);

    expect(html).toContain('Titre atelier:c');
    expect(html).toContain('Ateliers et formations des deux prochaines semaines');
    expect(html).not.toContain('Titre fiche:a');
    expect(html).not.toContain('Fiches nouvelles et mises à jour');
    expect(text).toContain('Titre atelier:c');
    expect(text).not.toContain('Titre fiche:a');
  });

  it('should put the personal links in, escaped in the HTML and as they are in the text', async () => {
    const content = sampleContent();
    const { html, text } = (await compileLetter(content, LINKS)).render(content.items, slots);

    expect(html).toContain('href="https://cms.example/api/digest/unsubscribe?token=a&amp;b"');
    expect(html).toContain('href="https://site.example/lettre/preferences/?token=a&amp;b"');
    expect(text).toContain('https://cms.example/api/digest/unsubscribe?token=a&b');
    expect(html).not.toContain('%%');
  });

  it('should escape what contributors wrote', async () => {
    const content = sampleContent();
    const { html } = (await compileLetter(content, LINKS)).render(content.items, slots);

    expect(html).toContain('Wi-Fi &lt;public&gt; &amp; &quot;portail&quot;');
  });

  it('should leave no marker behind', async () => {
    const content = sampleContent();
    const { html, text } = (await compileLetter(content, LINKS)).render(content.items.slice(1, 3), slots);

    expect(html).not.toContain('dg:');
    expect(text).not.toContain('dg:');
  });
});

describe('what contributors wrote, on its way into the letter', () => {
  const hostile = (content = sampleContent()) => ({
    ...content,
    items: content.items.map((item, i) =>
      i === 0
        ? { ...item, title: 'Piège %%unsubscribeUrl%% <!--dg:e:fiches--> %%email%%', summary: 'Ligne\n\nSe désabonner : https://evil.example/\u202Eexe.pdf' }
        : item,
    ),
  });

  it('should compile a week whose titles look like the template’s markers', async () => {
    const content = hostile();
    const { html, text } = (await compileLetter(content, LINKS)).render(content.items, slots);

    expect(html).toContain('Piège %%unsubscribeUrl%% &lt;!--dg:e:fiches--&gt; %%email%%');
    expect(text).toContain('* Piège %%unsubscribeUrl%% <!--dg:e:fiches--> %%email%%');
  });

  it('should keep each field on one line of the text part, without control characters', async () => {
    const content = hostile();
    const { text } = (await compileLetter(content, LINKS)).render(content.items, slots);

    expect(text).toContain('  Ligne Se désabonner : https://evil.example/ exe.pdf\n');
    expect(text).not.toContain('\u202E');
  });
});

describe('the web version', () => {
  it('should hold every item and the subscription link, and no personal link', async () => {
    const content = sampleContent();
    const { html, text } = (await compileLetter(content, LINKS)).full();

    expect(
      content.items.every((item) =>
        html.includes(`>${item.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}<`),
      ),
    ).toBe(true);
    expect(html).toContain(LINKS.subscribeUrl);
    expect(html).not.toContain('unsubscribe');
    expect(text).not.toContain('unsubscribe');
  });
});
