import { createSpaceMatcher, type SystemsProfile } from '@reseau-epn/platform';

/**
 * Which fiches concern which spaces, and who hears of it: pure functions over rows already
 * loaded, so the admin's list and the publication mail decide alike and unit tests need no CMS.
 */

/** A space as the CMS stores it: its declared systems and software, its machines, its team. */
export interface SpaceRow {
  documentId: string;
  name: string;
  /** JSON fields: lists of names, or whatever an import left there. */
  operatingSystems?: unknown;
  installedSoftware?: unknown;
  machines?: readonly { operatingSystem?: string | null }[] | null;
  team?: readonly TeamEntry[] | null;
}

export interface TeamEntry {
  notifyFiches?: boolean | null;
  member?: { email?: string | null; firstname?: string | null; isActive?: boolean | null; blocked?: boolean | null } | null;
}

/** A fiche as the CMS stores it: what it is about. */
export interface FicheRow {
  systems?: unknown;
  software?: unknown;
}

/** A JSON list field read as names: anything else (null, an object, numbers) names nothing. */
export function namesOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is string => typeof item === 'string' && item.trim().length > 0);
}

/** What a space runs: its declared systems and its machines' ones, and its installed software. */
export function spaceProfile(space: SpaceRow): SystemsProfile {
  const machineSystems = (space.machines ?? []).map((machine) => machine.operatingSystem ?? '');
  return { systems: [...namesOf(space.operatingSystems), ...namesOf(machineSystems)], software: namesOf(space.installedSoftware) };
}

export const ficheProfile = (fiche: FicheRow): SystemsProfile => ({ systems: namesOf(fiche.systems), software: namesOf(fiche.software) });

/**
 * The network's matcher: which software counts as « installed somewhere » depends on every
 * space, so it is built once from all of them and then asked about any pair.
 */
export function networkMatcher(spaces: readonly SpaceRow[]): (fiche: FicheRow, space: SpaceRow) => boolean {
  const concerns = createSpaceMatcher(spaces.map(spaceProfile));
  return (fiche, space) => concerns(ficheProfile(fiche), spaceProfile(space));
}

/** The spaces a fiche concerns, in the order given. */
export function spacesConcerned<S extends SpaceRow>(fiche: FicheRow, spaces: readonly S[]): S[] {
  const concerns = networkMatcher(spaces);
  return spaces.filter((space) => concerns(fiche, space));
}

/** The fiches that concern one space of the network, in the order given. */
export function fichesConcerning<F extends FicheRow>(space: SpaceRow, fiches: readonly F[], network: readonly SpaceRow[]): F[] {
  const concerns = networkMatcher(network);
  return fiches.filter((fiche) => concerns(fiche, space));
}

/** One person to tell, with the concerned spaces among theirs (names, in the order given). */
export interface Recipient {
  email: string;
  firstname: string | null;
  spaces: { documentId: string; name: string }[];
}

/**
 * The team members who opted in, once each however many concerned spaces they are in; an
 * inactive or blocked account, or one without an address, hears nothing. Addresses compare
 * without case, as mail servers do.
 */
export function recipientsOf(spaces: readonly SpaceRow[]): Recipient[] {
  const byEmail = new Map<string, Recipient>();
  for (const space of spaces) {
    for (const entry of space.team ?? []) {
      const member = entry.member;
      if (!entry.notifyFiches || !member?.email || member.isActive === false || member.blocked === true) continue;
      const key = member.email.trim().toLowerCase();
      const recipient = byEmail.get(key) ?? { email: member.email.trim(), firstname: member.firstname?.trim() || null, spaces: [] };
      if (!recipient.spaces.some((known) => known.documentId === space.documentId)) recipient.spaces.push({ documentId: space.documentId, name: space.name });
      byEmail.set(key, recipient);
    }
  }
  return [...byEmail.values()];
}
