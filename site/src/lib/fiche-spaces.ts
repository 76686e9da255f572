/**
 * The knowledge base meets the directory: which spaces a fiche concerns, by the systems and
 * software each space lists publicly. The CMS counts with the same matcher (createSpaceMatcher in
 * @reseau-epn/platform), so a team's « fiches pour cet espace » and the site agree. Only public
 * fields are read: the network-only inventory (machines, connection) never reaches the snapshot.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
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

/** How many spaces of the network a fiche concerns; 0 for a general fiche (no system, no installed software). */
export async function countSpacesConcerned(fiche: Pick<Fiche, 'systems' | 'software'>): Promise<number> {
  const { spaces, concerns } = await spacesOfNetwork();
  return spaces.filter((space) => concerns(ofFiche(fiche), space)).length;
}

// localeCompare with a locale builds a collator on each call: one per language instead, as every
// space's page sorts up to thousands of fiches.
const collators = new Map<string, Intl.Collator>();
function collatorFor(locale: string): Intl.Collator {
  const tag = locale === 'br' ? 'fr' : locale;
  if (!collators.has(tag)) collators.set(tag, new Intl.Collator(tag));
  return collators.get(tag)!;
}

/** The fiches, among `fiches`, that concern a space, by title in the page's language. */
export async function fichesConcerning<F extends { data: Fiche }>(fiches: F[], space: Space, locale: string): Promise<F[]> {
  const { concerns } = await spacesOfNetwork();
  const profile = ofSpace(space);
  const { compare } = collatorFor(locale);
  return fiches.filter((f) => concerns(ofFiche(f.data), profile)).sort((a, b) => compare(a.data.title, b.data.title));
}
