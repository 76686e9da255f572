/**
 * The knowledge base meets the directory: which spaces a fiche concerns, by the systems and
 * software each space lists publicly. The CMS counts with the same matcher (createSpaceMatcher in
 * @reseau-epn/platform), so a team's « fiches pour cet espace » and the site agree. Only public
 * fields are read: the network-only inventory (machines, connection) never reaches the snapshot.
 */
import { getCollection, type CollectionEntry } from './content';
import { createSpaceMatcher, type SystemsProfile } from '@reseau-epn/platform';

type Space = CollectionEntry<'espaces'>['data'];
type Fiche = CollectionEntry<'fiches'>['data'];

const ofSpace = (space: Pick<Space, 'operatingSystems' | 'installedSoftware'>): SystemsProfile => ({
  systems: space.operatingSystems,
  software: space.installedSoftware,
});
const ofFiche = (fiche: Pick<Fiche, 'systems' | 'software'>): SystemsProfile => ({ systems: fiche.systems, software: fiche.software });

let network: Promise<{ spaces: SystemsProfile[]; concerns: ReturnType<typeof createSpaceMatcher> }> | undefined;

/** Every space of the network once (its French version: systems and software are not translated), and the matcher over them. */
function spacesOfNetwork() {
  network ??= getCollection('espaces', (e) => e.data.locale === 'fr').then((entries) => {
    const spaces = entries.map((e) => ofSpace(e.data));
    return { spaces, concerns: createSpaceMatcher(spaces) };
  });
  return network;
}

const counts = new Map<string, number>();

/** How many spaces of the network a fiche concerns; 0 for a general fiche (no system, no installed software). */
export async function countSpacesConcerned(fiche: Pick<Fiche, 'systems' | 'software'>): Promise<number> {
  const { spaces, concerns } = await spacesOfNetwork();
  // Once per distinct profile: a build counts for every fiche in every language.
  const key = `${fiche.systems.join('\u0001')}\u0000${fiche.software.join('\u0001')}`;
  let count = counts.get(key);
  if (count === undefined) counts.set(key, (count = spaces.filter((space) => concerns(ofFiche(fiche), space)).length));
  return count;
}

// localeCompare with a locale builds a collator on each call: one per language instead.
const collators = new Map<string, Intl.Collator>();
function collatorFor(locale: string): Intl.Collator {
  const tag = locale === 'br' ? 'fr' : locale;
  if (!collators.has(tag)) collators.set(tag, new Intl.Collator(tag));
  return collators.get(tag)!;
}

/** A fiche's systems and software as one key: fiches naming the same ones concern the same spaces. */
const profileKeys = new WeakMap<object, string>();
function profileKey(fiche: { data: Fiche }): string {
  let key = profileKeys.get(fiche);
  if (key === undefined) profileKeys.set(fiche, (key = `${fiche.data.systems.join('\u0001')}\u0000${fiche.data.software.join('\u0001')}`));
  return key;
}

/**
 * The fiches, among `fiches`, that concern a space, in the order given. Matched once per distinct
 * systems-and-software profile rather than per fiche: every space's page asks about every fiche,
 * and matching each pair took about 30 s of a build at 5,000 fiches and 300 spaces.
 */
export async function fichesConcerning<F extends { data: Fiche }>(fiches: F[], space: Space): Promise<F[]> {
  const { concerns } = await spacesOfNetwork();
  const profile = ofSpace(space);
  const verdicts = new Map<string, boolean>();
  return fiches.filter((fiche) => {
    const key = profileKey(fiche);
    let verdict = verdicts.get(key);
    if (verdict === undefined) verdicts.set(key, (verdict = concerns(ofFiche(fiche.data), profile)));
    return verdict;
  });
}

/** Fiches by title in the page's language. */
export function byTitle<F extends { data: Fiche }>(fiches: F[], locale: string): F[] {
  const { compare } = collatorFor(locale);
  return [...fiches].sort((a, b) => compare(a.data.title, b.data.title));
}
