/**
 * The forum's pages as the fixture builds them (tests/fixtures/site-snapshot.json, `forum`):
 * every page in the three languages, the order and pages of a category, a topic's posts (former
 * members, posts in another language, Paris time), the links between fiches and topics and from
 * the letter, the search's new kind of result, and what shows without JavaScript.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteUrls, type Snapshot } from '@reseau-epn/platform';
import { SITE_FIXTURE } from './global-setup';
import { builtFile, builtFiles, siteDir } from './helpers';
import { searchDocsOf } from './search-index';

const forum = (JSON.parse(readFileSync(SITE_FIXTURE, 'utf8')) as Snapshot).forum!;
const TOPIC = '/forum/sujet/imprimante-reseau-disparait-apres-coupure/';

/** The topic links of a page, in document order. */
const topicLinks = (html: string) => [...html.matchAll(/<a href="(?:\/(?:br|en))?\/forum\/sujet\/([^/"]+)\/"/g)].map((m) => m[1]);

/** A page's posts, in order: each one's article (the island's <template> of a post left out). */
const articles = (html: string) => [...html.split('<template data-post-template')[0]!.matchAll(/<article class="post"[\s\S]*?<\/article>/g)].map((m) => m[0]);

describe('the forum’s pages', () => {
  it.each(['', '/br', '/en'])('should build every forum page under %s/', (prefix) => {
    const pages = [
      '/forum/',
      '/forum/categorie/materiel/',
      '/forum/categorie/reseau/page/2/',
      TOPIC,
      `/forum/membre/${forum.members[0]!.documentId}/`,
      '/forum/compte/',
      '/forum/compte/confirmation/',
      '/forum/compte/mot-de-passe/',
    ];
    for (const page of pages) expect(builtFile(`${prefix}${page}`), page).toContain(`<html lang="${prefix ? prefix.slice(1) : 'fr'}"`);
  });

  it('should have one page per visible topic and per member', () => {
    const topics = builtFiles().filter((file) => /^\/forum\/sujet\/[^/]+\/index\.html$/.test(file));
    const members = builtFiles().filter((file) => /^\/forum\/membre\/[^/]+\/index\.html$/.test(file));

    expect(topics).toHaveLength(forum.topics.length);
    expect(members).toHaveLength(forum.members.length);
  });

  it('should list the categories with their topic counts, and link the forum from the main navigation', () => {
    const html = builtFile('/forum/');

    expect(html).toMatch(/<a href="\/forum\/categorie\/reseau\/">Réseau et internet<\/a>[\s\S]*?21 sujets/);
    expect(html).toMatch(/<nav aria-label="Navigation principale"[^>]*>[\s\S]*?<a href="\/forum\/"[^>]*>Forum<\/a>/);
    expect(builtFile('/br/forum/')).toContain('<a href="/br/forum/"');
  });

  it('should list a category’s pinned topics first, then by latest activity', () => {
    expect(topicLinks(builtFile('/forum/categorie/administration-epn/'))).toEqual(['bienvenue-sur-le-forum', 'reglement-de-lancien-forum']);
    expect(topicLinks(builtFile('/forum/categorie/reseau/')).slice(0, 3)).toEqual([
      'portail-captif-tablettes-android',
      'question-reseau-20',
      'question-reseau-19',
    ]);
  });

  it('should show 20 topics a page and link the pages together', () => {
    const first = builtFile('/forum/categorie/reseau/');
    const second = builtFile('/forum/categorie/reseau/page/2/');

    expect(topicLinks(first)).toHaveLength(20);
    expect(topicLinks(second)).toEqual(['question-reseau-01']);
    expect(first).toContain('<a href="/forum/categorie/reseau/page/2/" rel="next"');
    expect(second).toContain('<a href="/forum/categorie/reseau/" rel="prev"');
    expect(builtFiles()).not.toContain('/forum/categorie/reseau/page/3/index.html');
  });

  it('should mark pinned and locked topics in words, and offer no reply form on a locked one', () => {
    const locked = builtFile('/forum/sujet/reglement-de-lancien-forum/');

    expect(builtFile('/forum/categorie/administration-epn/')).toMatch(/Épinglé<\/span>[\s\S]*?Bienvenue sur le forum du réseau/);
    expect(locked).toContain('Verrouillé</span>');
    expect(locked).toContain('Ce sujet est verrouillé');
    expect(locked).not.toContain('data-forum-form="reply"');
    expect(builtFile(TOPIC)).toContain('data-forum-form="reply"');
  });

  it('should show the opening post then the replies, with their authors, spaces and dates in Paris time', () => {
    const posts = articles(builtFile(TOPIC));

    expect(posts).toHaveLength(3);
    expect(posts[0]).toContain('<a href="/forum/membre/mbr0tech0000000000000004/"');
    expect(posts[0]).toContain('<a class="espace" href="/espaces/epn-bellevue-brest/"');
    // 13:05 UTC on 18 November is 14:05 in Paris (winter time).
    expect(posts[0]).toMatch(/<time datetime="2026-11-18T13:05:00.000Z"[^>]*>18 novembre 2026 à 14:05<\/time>/);
    expect(posts[2]).toContain('<code>ping 192.168.1.20</code>');
  });

  it('should name a deleted account « ancien membre », without a link', () => {
    const [opening] = articles(builtFile('/forum/sujet/atelier-franceconnect-retours/'));

    expect(opening).toMatch(/<span class="former"[^>]*>ancien membre<\/span>/);
    expect(opening).not.toContain('/forum/membre/');
  });

  it('should mark a post written in another language than the page’s with its lang', () => {
    const fr = articles(builtFile('/forum/sujet/bienvenue-sur-le-forum/'));
    const br = articles(builtFile('/br/forum/sujet/bienvenue-sur-le-forum/'));

    expect(fr[2]).toMatch(/<div class="post-body" lang="br"/);
    expect(fr[0]).not.toContain('lang="');
    expect(br[0]).toMatch(/<div class="post-body" lang="fr"/);
    expect(br[2]).not.toMatch(/<div class="post-body" lang=/);
  });

  it('should show a member’s public page: name, space, bio, topics', () => {
    const html = builtFile('/forum/membre/mbr0maelle00000000000001/');

    expect(html).toMatch(/<h1[^>]*>Maëlle Le Gall<\/h1>/);
    expect(html).toContain('href="/espaces/epn-landerneau/"');
    expect(html).toContain('Animatrice à Landerneau');
    expect(topicLinks(html)).toContain('bienvenue-sur-le-forum');
  });
});

describe('links to and from the forum', () => {
  it('should resolve every forum link of the letters’ web versions', () => {
    const letters = builtFiles().filter((file) => file.startsWith('/lettres/') && file.endsWith('.html'));
    const links = letters.flatMap((file) =>
      [...readFileSync(path.join(siteDir(), file), 'utf8').matchAll(/href="http:\/\/localhost:4321(\/(?:br\/|en\/)?forum\/[^"]*)"/g)].map((m) => m[1]!),
    );

    expect(links).toEqual([siteUrls('http://localhost:4321').topic('fr', 'imprimante-reseau-disparait-apres-coupure').replace('http://localhost:4321', '')]);
    for (const link of links) expect(() => builtFile(link), link).not.toThrow();
  });

  it('should lead from a fiche to its topic, and from the topic back to the fiche', () => {
    expect(builtFile('/fiches/imprimante-reseau-hors-ligne/')).toMatch(
      /<a href="\/forum\/sujet\/imprimante-reseau-disparait-apres-coupure\/" data-discuss-fiche[^>]*>Discuter de cette fiche<\/a>/,
    );
    expect(builtFile(TOPIC)).toMatch(/data-topic-fiche[^>]*>Cette discussion porte sur la fiche <a href="\/fiches\/imprimante-reseau-hors-ligne\/"/);
    // Not translated into Breton: the Breton topic links to the French fiche's page.
    expect(builtFile('/br/forum/sujet/imprimante-reseau-disparait-apres-coupure/')).toContain('href="/fiches/imprimante-reseau-hors-ligne/"');
  });

  it('should lead from a fiche without a topic to the new-topic form, with the fiche', () => {
    const html = builtFile('/fiches/convertir-pdf/');
    const href = /<a href="([^"]+)" data-discuss-fiche/.exec(html)?.[1]?.replace(/&(?:amp|#38);/g, '&');
    const url = new URL(href!, 'http://localhost:4321');

    expect(url.pathname).toBe('/forum/');
    expect(url.hash).toBe('#nouveau-sujet');
    expect(url.searchParams.get('fiche')).toBe('wwktkf84wci2e35d35xa0vit');
    expect(builtFile('/forum/')).toContain('id="nouveau-sujet"');
  });
});

describe('the forum in the search', () => {
  it('should index each topic’s title and opening post as a result of its own kind', () => {
    const topics = searchDocsOf('fr').filter((doc) => doc[2] === 'sujet');

    expect(topics).toHaveLength(forum.topics.length);
    expect(topics).toContainEqual([
      '/forum/sujet/portail-captif-tablettes-android/',
      'Portail captif et tablettes Android',
      'sujet',
      'Réseau et internet',
      expect.stringContaining('portail captif'),
      'fr',
    ]);
    expect(builtFile('/recherche/')).toContain('Sujet du forum');
  });
});

describe('the forum without JavaScript', () => {
  it.each(['/forum/', TOPIC, '/forum/compte/', '/forum/compte/mot-de-passe/'])(
    'should say at %s that writing needs JavaScript, with the forms hidden',
    (page) => {
      const html = builtFile(page);

      expect(html).toMatch(/<noscript><p class="notice">Lire le forum ne demande rien, mais se connecter, écrire/);
      for (const form of html.match(/<form data-forum-form="[^"]+"[^>]*>/g) ?? []) expect(form).toContain(' hidden');
    },
  );

  it('should load the island on forum pages only, from a file of the site', () => {
    const island = /<script type="module" src="(\/_astro\/ForumIsland[^"]+\.js)"><\/script>/;

    expect(builtFile(TOPIC)).toMatch(island);
    expect(builtFile('/fiches/imprimante-reseau-hors-ligne/')).not.toMatch(island);
  });

  it('should hide the sign-up honeypot from people and assistive technologies', () => {
    const html = builtFile('/forum/compte/');

    expect(html).toMatch(
      /<div class="trap"[^>]*> <label for="inscription-website"[^>]*>Website<\/label> <input id="inscription-website" name="website" type="text" tabindex="-1" autocomplete="off"/,
    );
    expect(html).toMatch(/\.trap\[data-astro-cid-[a-z0-9]+\]\s*\{\s*display:\s*none/);
  });
});
