/**
 * A large snapshot in the format of site/src/lib/cms-source.ts, for the benchmark: the fixture's
 * real fiches, events and spaces, plus generated ones up to the counts asked for. Generated text
 * follows the fixture's own words (a word-pair chain trained on it), with product names, error
 * codes and versions sprinkled in so that the vocabulary grows as a real knowledge base's does.
 * Deterministic: the same seed gives the same corpus.
 */
import type { History, Locale, RawEntry, Snapshot } from '../../../site/src/lib/cms-source';

export interface CorpusOptions {
  fiches: number;
  events: number;
  spaces: number;
  /** Share of fiches translated into Breton and into English. */
  translated?: { br: number; en: number };
  seed?: number;
}

/** mulberry32: small, fast, good enough for test data. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const some = <T>(list: readonly T[], max: number): T[] => [...new Set(Array.from({ length: 1 + int(max) }, () => pick(list)))];
  return { next, int, pick, some };
}
type Random = ReturnType<typeof random>;

/** A word-pair chain: each word followed by one of the words that follow it in the source. */
function chain(texts: string[]) {
  const next = new Map<string, string[]>();
  const starts: string[] = [];
  for (const text of texts) {
    for (const sentence of text.replace(/[#*`>|_]/g, ' ').split(/(?<=[.!?])\s+/)) {
      const words = sentence.split(/\s+/).filter(Boolean);
      if (words.length < 4) continue;
      starts.push(words[0]!);
      words.forEach((w, i) => next.set(w, [...(next.get(w) ?? []), words[i + 1] ?? '.']));
    }
  }
  return (rng: Random, min: number, max: number) => {
    const out: string[] = [];
    let word = rng.pick(starts);
    while (out.length < max) {
      out.push(word);
      const candidates = next.get(word);
      if (!candidates || (out.length >= min && /[.!?]$/.test(word))) break;
      word = rng.pick(candidates);
      if (word === '.') break;
    }
    const text = out.join(' ');
    return /[.!?]$/.test(text) ? text : `${text}.`;
  };
}

const VERBS = [
  'Configurer',
  'Réparer',
  'Installer',
  'Sauvegarder',
  'Nettoyer',
  'Mettre à jour',
  'Diagnostiquer',
  'Remplacer',
  'Partager',
  'Sécuriser',
  'Restaurer',
  'Paramétrer',
  'Expliquer',
  'Désinstaller',
  'Dépanner',
  'Réinitialiser',
  'Brancher',
  'Protéger',
  'Organiser',
  'Transférer',
];
const OBJECTS = [
  'la box internet',
  'le clavier sans fil',
  'une imprimante laser',
  'le navigateur Firefox',
  'un compte France Travail',
  'la messagerie Thunderbird',
  'un scanner à plat',
  'la tablette Android',
  'le pare-feu',
  'un iPhone',
  'la souris',
  'le wifi public',
  'un disque externe',
  'la webcam',
  'un vidéoprojecteur',
  'LibreOffice Calc',
  'le lecteur de cartes',
  'un compte Google',
  'la carte son',
  'un écran tactile',
  'le contrôle parental',
  'un antivirus',
  'la clé USB',
  'Windows Update',
  'le BIOS',
  'un serveur d’impression',
  'la borne wifi',
  'un téléphone Samsung',
  'Nextcloud',
  'un casque audio',
];
const CONTEXTS = [
  'sur un poste public',
  'avec les seniors',
  'en atelier collectif',
  'sous Linux',
  'sous Windows 11',
  'pour les démarches en ligne',
  'dans une médiathèque',
  'sans droits administrateur',
  'en permanence numérique',
  'pour un public allophone',
  'avec des bénévoles',
  'dans un PAPI',
  'en urgence',
  'pas à pas',
  'avant une formation',
];
const BRANDS = ['HP', 'Canon', 'Epson', 'Brother', 'Lenovo', 'Dell', 'Acer', 'Asus', 'Samsung', 'Xiaomi', 'Logitech', 'Netgear', 'TP-Link', 'Kyocera', 'Ricoh'];
const COMMUNES = [
  ['Brest', '29200', '29019'],
  ['Guipavas', '29490', '29075'],
  ['Plougastel-Daoulas', '29470', '29189'],
  ['Gouesnou', '29850', '29061'],
  ['Landerneau', '29800', '29103'],
  ['Lesneven', '29260', '29124'],
  ['Crozon', '29160', '29042'],
  ['Châteaulin', '29150', '29026'],
  ['Saint-Renan', '29290', '29260'],
  ['Ploudalmézeau', '29830', '29178'],
  ['Lannilis', '29870', '29117'],
  ['Plabennec', '29860', '29160'],
  ['Daoulas', '29460', '29043'],
  ['Pleyben', '29190', '29162'],
  ['Ouessant', '29242', '29155'],
  ['Le Conquet', '29217', '29040'],
  ['Plouzané', '29280', '29212'],
  ['Landéda', '29870', '29101'],
  ['Plouguerneau', '29880', '29195'],
  ['Kerlouan', '29890', '29091'],
  ['Camaret-sur-Mer', '29570', '29022'],
  ['Le Faou', '29590', '29053'],
  ['Pont-de-Buis', '29590', '29302'],
  ['Locmaria-Plouzané', '29280', '29130'],
  ['Milizac-Guipronvel', '29290', '29076'],
] as const;
const SPACE_TYPES = ['epn', 'papi', 'cybercommune', 'mediatheque', 'mjc_centre_social', 'mission_locale', 'autre'];
const SPACE_NAMES: Record<string, string> = {
  epn: 'Espace public numérique',
  papi: 'Point d’accès public à internet',
  cybercommune: 'Cybercommune',
  mediatheque: 'Médiathèque',
  mjc_centre_social: 'Centre social',
  mission_locale: 'Mission locale',
  autre: 'Tiers-lieu numérique',
};

const slugify = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const docId = (prefix: string, n: number) => `${prefix}${n.toString(36).padStart(6, '0')}bench0000000000`.slice(0, 24);

const AUTHORS = ['Gaëlle Le Bras', 'Yann Kerautret', 'Soizic Morvan', 'Erwan Tanguy', 'Nolwenn Guéguen', 'Réseau EPN'];

/**
 * The published history the revisions plugin records: one version per publication, so every
 * generated fiche and translation has at least one, and some were edited again (about 60 % once,
 * 25 % twice, 15 % three times or more), as a knowledge base's are. Drawn from a generator of its
 * own so that the rest of the corpus stays the same as before histories were added.
 */
function historiesOf(fiches: Record<Locale, RawEntry[]>, fixture: Record<Locale, RawEntry[]>, seed: number): History[] {
  const rng = random(seed + 1);
  const known = new Set(Object.values(fixture).flatMap((entries) => entries.map((e) => `${String(e.locale)}/${String(e.documentId)}`)));
  return (Object.entries(fiches) as [Locale, RawEntry[]][]).flatMap(([locale, entries]) =>
    entries
      .filter((e) => !known.has(`${locale}/${String(e.documentId)}`))
      .map((e) => {
        const roll = rng.next();
        const count = roll < 0.6 ? 1 : roll < 0.85 ? 2 : 3 + rng.int(3);
        // Oldest first, the last one at the fiche's last update, each a few days to two months apart.
        let at = Date.parse(String(e.updatedAt));
        const versions = Array.from({ length: count }, () => {
          const version = { publishedAt: new Date(at).toISOString(), authorName: rng.pick(AUTHORS) };
          at -= (1 + rng.int(60)) * 86_400_000;
          return version;
        }).reverse();
        return { documentId: String(e.documentId), locale, versions, formerSlugs: [] };
      }),
  );
}

export function generateSnapshot(fixture: Snapshot, options: CorpusOptions): Snapshot {
  const rng = random(options.seed ?? 42);
  const share = options.translated ?? { br: 0.1, en: 0.07 };
  const source = fixture.collections;
  const texts = (locale: Locale) => source.fiches[locale].flatMap((f) => [String(f.body), String(f.summary ?? '')]);
  const say = { fr: chain([...texts('fr'), ...source.ateliers.fr.map((e) => String(e.description))]), br: chain(texts('br')), en: chain(texts('en')) };
  // A fiche keeps to one subject: most of its sentences come from one fixture fiche's words.
  const topics = source.fiches.fr.map((f) => chain([String(f.body), String(f.summary ?? '')]));
  const paragraph = (locale: Locale, sentences: number, topic?: ReturnType<typeof chain>) =>
    Array.from({ length: sentences }, () => (locale === 'fr' && topic && rng.next() < 0.7 ? topic : say[locale])(rng, 8, 30)).join(' ');
  const rare = () =>
    rng.pick([
      `${rng.pick(BRANDS)} ${rng.pick(['LaserJet', 'Pixma', 'EcoTank', 'ThinkPad', 'Aspire', 'Galaxy', 'Redmi', 'Archer'])} ${rng.int(900) + 100}`,
      `erreur 0x${rng.int(0xffffff).toString(16)}`,
      `version ${rng.int(30)}.${rng.int(10)}`,
    ]);
  const body = (locale: Locale, topic = rng.pick(topics)) =>
    ['Symptômes', 'Cause', 'Solution', 'Pour aller plus loin']
      .map(
        (title, i) =>
          `## ${title}\n\n${paragraph(locale, i === 2 ? 6 : 3, topic)} ${rare()}.\n\n${i === 2 ? Array.from({ length: 4 }, (_, k) => `${k + 1}. ${(locale === 'fr' ? topic : say[locale])(rng, 6, 18)}`).join('\n') : paragraph(locale, 2, topic)}`,
      )
      .join('\n\n');

  // Fiches: the fixture's, then generated ones with unique titles.
  const categories = source.categories.fr;
  const tags = source.etiquettes.fr;
  const fiches: Record<Locale, RawEntry[]> = { fr: [...source.fiches.fr], br: [...source.fiches.br], en: [...source.fiches.en] };
  const titles = new Set(fiches.fr.map((f) => String(f.title)));
  for (let n = 0; fiches.fr.length < options.fiches; n += 1) {
    const title = `${rng.pick(VERBS)} ${rng.pick(OBJECTS)} ${rng.pick(CONTEXTS)}`;
    const unique = titles.has(title) ? `${title} (${rng.pick(BRANDS)} ${n})` : title;
    titles.add(unique);
    const documentId = docId('f', n);
    const updatedAt = new Date(Date.UTC(2024, 0, 1) + rng.int(1000 * 86_400_000)).toISOString();
    const common = {
      documentId,
      difficulty: rng.pick(['debutant', 'intermediaire', 'avance']),
      systems: rng.some(['Windows', 'Linux', 'Android', 'iOS', 'macOS'], 2),
      software: rng.some(['Firefox', 'LibreOffice', 'GIMP', 'VLC', 'Thunderbird', 'KeePassXC', 'Clonezilla'], 2),
      hardware: rng.int(3) ? [] : [rare()],
      updatedAt,
      publishedAt: updatedAt,
      createdAt: updatedAt,
      relatedFiches: [],
      attachments: [],
    };
    const category = rng.pick(categories);
    fiches.fr.push({
      ...common,
      id: 10_000 + n,
      locale: 'fr',
      title: unique,
      slug: `${slugify(unique)}-${n}`,
      summary: say.fr(rng, 12, 35),
      body: body('fr'),
      category,
      tags: rng.some(tags, 3),
    });
    for (const locale of ['br', 'en'] as const) {
      if (rng.next() >= share[locale]) continue;
      const translated = say[locale](rng, 5, 10).replace(/[.!?]$/, '');
      fiches[locale].push({
        ...common,
        id: 20_000 + n,
        locale,
        title: translated,
        slug: `${slugify(translated).slice(0, 60)}-${n}`,
        summary: say[locale](rng, 12, 35),
        body: body(locale),
        category: null,
        tags: [],
      });
    }
  }

  // Spaces, then events held in them.
  const espaces: RawEntry[] = [...source.espaces.fr];
  for (let n = 0; espaces.length < options.spaces; n += 1) {
    const [commune, postalCode, inseeCode] = rng.pick(COMMUNES);
    const type = rng.pick(SPACE_TYPES);
    const name = `${SPACE_NAMES[type]} ${rng.pick(['du centre', 'de la mairie', 'du port', 'de quartier', 'des Capucins', 'de Kerangoff', 'du bourg', 'de la gare'])} – ${commune}`;
    const template = rng.pick(source.espaces.fr);
    espaces.push({
      ...template,
      id: 30_000 + n,
      documentId: docId('s', n),
      name,
      slug: `${slugify(name)}-${n}`,
      type,
      commune,
      postalCode,
      inseeCode,
      summary: say.fr(rng, 10, 25),
      description: paragraph('fr', 4),
      address: `${1 + rng.int(80)} rue ${rng.pick(['de Siam', 'Jean Jaurès', 'de la Mairie', 'du Port', 'des Écoles'])}`,
      latitude: 48.2 + rng.next() * 0.5,
      longitude: -4.8 + rng.next() * 0.7,
    });
  }
  const events = { ateliers: [...source.ateliers.fr], formations: [...source.formations.fr] };
  for (let n = 0; events.ateliers.length + events.formations.length < options.events; n += 1) {
    const kind = rng.next() < 0.7 ? 'ateliers' : 'formations';
    const place = rng.pick(espaces);
    const title = `${rng.pick(['Atelier', 'Initiation', 'Découvrir', 'Bien utiliser', 'Prendre en main', 'Formation'])} ${rng.pick(OBJECTS)} ${rng.pick(CONTEXTS)}`;
    const start = Date.UTC(2026, 11, 1, 8) + rng.int(200) * 86_400_000 + rng.int(8) * 3_600_000;
    events[kind].push({
      ...rng.pick(source[kind].fr),
      id: 40_000 + n,
      documentId: docId('e', n),
      title,
      slug: `${slugify(title)}-${n}`,
      description: paragraph('fr', 4),
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + (kind === 'ateliers' ? 2 : 7) * 3_600_000).toISOString(),
      place,
      category: rng.pick(categories),
    });
  }

  const empty = { fr: [], br: [], en: [] };
  return {
    histories: [...(fixture.histories ?? []), ...historiesOf(fiches, source.fiches, options.seed ?? 42)],
    version: 1,
    generatedAt: new Date(Date.UTC(2026, 10, 25)).toISOString(),
    collections: {
      fiches,
      categories: source.categories,
      etiquettes: source.etiquettes,
      synonymes: source.synonymes,
      espaces: { ...empty, fr: espaces },
      ateliers: { ...empty, fr: events.ateliers },
      formations: { ...empty, fr: events.formations },
      // The fixture's paths: their formations are kept above.
      'parcours-formations': source['parcours-formations'],
    },
  };
}
