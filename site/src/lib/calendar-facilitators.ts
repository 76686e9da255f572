/**
 * « Animé par »: the network members the CMS names (`facilitatorNames`, derived from admin users)
 * and the free text editors write (`facilitators`), as one list without repeating a name that
 * appears in both.
 */

const SEPARATOR = /\s*[,;\n]\s*/;

/** A name as compared: without what follows it in brackets (« (Secours populaire) »), case or accents. */
const keyOf = (name: string) =>
  name
    .replace(/\s*\(.*\)\s*$/, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('fr');

/**
 * Both fields joined, members first; a name written in both appears once, in its longer form
 * (« Morgane Le Bris (Secours populaire) » over « Morgane Le Bris »). Null when both are empty.
 */
export function facilitatorsOf(event: { facilitatorNames: string | null; facilitators: string | null }): string | null {
  const names = new Map<string, string>();
  for (const field of [event.facilitatorNames, event.facilitators]) {
    for (const name of (field ?? '').split(SEPARATOR)) {
      if (name === '') continue;
      const key = keyOf(name);
      const known = names.get(key);
      if (known === undefined || name.length > known.length) names.set(key, name);
    }
  }
  return names.size > 0 ? [...names.values()].join(', ') : null;
}
