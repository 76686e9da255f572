import type { DigestContent, DigestItem } from '../../../plugins/digest/server/src/digest/content';

type Language = DigestContent['locale'];

const item = (key: string, section: DigestItem['section'], category: string | null, extra: Partial<DigestItem> = {}): DigestItem => ({
  key,
  section,
  title: `Titre ${key}`,
  url: `https://site.example/${key.replace(':', '/')}/`,
  summary: `Résumé de ${key}`,
  labels: ['Nouvelle'],
  category,
  ...extra,
});

/** A week with every section, two categories and an untitled-looking item to escape. */
export function sampleContent(locale: Language = 'fr'): DigestContent {
  return {
    locale,
    periodStart: '2026-11-16T07:00:00.000Z',
    periodEnd: '2026-11-23T07:00:00.000Z',
    items: [
      item('fiche:a', 'fiches', 'cat-reseau'),
      item('fiche:b', 'fiches', 'cat-securite', { title: 'Wi-Fi <public> & "portail"' }),
      item('atelier:c', 'calendar', 'cat-reseau', { labels: ['Atelier', 'Complet'] }),
      item('sujet:d', 'forum', null, { labels: ['Nouveau sujet'] }),
      item('espace:e', 'spaces', null, { labels: ['Nouvel espace'] }),
    ],
  };
}

export const LINKS = { webUrl: 'https://site.example/lettres/abc/', subscribeUrl: 'https://site.example/lettre/' };
