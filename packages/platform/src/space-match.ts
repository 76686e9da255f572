/**
 * Which fiches concern which spaces: the knowledge base meets the inventory. Used by the CMS
 * (each team's « fiches pour cet espace », the mail when such a fiche is published) and by the
 * site (the number of spaces a fiche concerns), so both count the same way.
 */

/** What a fiche is about, or what a space runs: names as people write them (« Windows 11 », « LibreOffice »). */
export interface SystemsProfile {
  systems: readonly string[];
  software: readonly string[];
}

/** « Windows 11 » and « windows » compare alike: lower case, no accents, single spaces. */
export function normalizeSystemName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A name covers another when one is the other plus a version or an edition (« LibreOffice » and « LibreOffice Writer »). */
function sameProduct(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);
}

const anyShared = (wanted: readonly string[], held: readonly string[]) => wanted.some((w) => held.some((h) => sameProduct(w, h)));
const normalizeAll = (names: readonly string[]) => names.map(normalizeSystemName).filter((name) => name.length > 0);

/**
 * Builds the matcher for one network. A fiche concerns a space when the space runs one of the
 * fiche's systems (if it names any) and has one of its software (if it names software the network
 * installs somewhere: a web service such as ameli or FranceConnect is installed nowhere and does
 * not narrow the match). A fiche naming neither systems nor software is general: it concerns no
 * space in particular.
 */
export function createSpaceMatcher(spaces: readonly SystemsProfile[]) {
  const installed = [...new Set(spaces.flatMap((space) => normalizeAll(space.software)))];
  // The same few names recur across thousands of fiches and hundreds of spaces, and the site asks
  // for every pair: each list is normalized once and each name looked up once, or a build at
  // 5,000 fiches and 300 spaces spent minutes normalizing the same strings again.
  const lists = new Map<string, string[]>();
  const normalized = (names: readonly string[]) => {
    const key = names.join('\0');
    let list = lists.get(key);
    if (!list) lists.set(key, (list = normalizeAll(names)));
    return list;
  };
  const known = new Map<string, boolean>();
  const isInstalled = (name: string) => {
    let found = known.get(name);
    if (found === undefined) known.set(name, (found = installed.some((held) => sameProduct(name, held))));
    return found;
  };
  return function concerns(fiche: SystemsProfile, space: SystemsProfile): boolean {
    const systems = normalized(fiche.systems);
    const software = normalized(fiche.software).filter(isInstalled);
    if (systems.length === 0 && software.length === 0) return false;
    if (systems.length > 0 && !anyShared(systems, normalized(space.systems))) return false;
    return software.length === 0 || anyShared(software, normalized(space.software));
  };
}
