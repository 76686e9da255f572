/**
 * Formations and the formations they need first, by document id: a directed graph whose edges go
 * from a formation to each of its prerequisites. Pure, so the rules are tested without Strapi.
 */
export type PrerequisiteGraph = ReadonlyMap<string, readonly string[]>;

/**
 * Why `formation` may not need `prerequisites`: itself among them, or one of them needing it
 * back through the others (A needs B needs A). Returns the French message, null when allowed.
 * `graph` holds every other formation's prerequisites as stored; `formation`'s own are replaced.
 */
export function prerequisiteIssue(formation: string, prerequisites: readonly string[], graph: PrerequisiteGraph): string | null {
  if (prerequisites.includes(formation)) return 'une formation ne peut pas être son propre prérequis';
  const seen = new Set<string>();
  const stack = [...prerequisites];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next === formation) return 'ces prérequis formeraient une boucle (une formation qui se demande elle-même par ses prérequis)';
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(graph.get(next) ?? []));
  }
  return null;
}

/** The document ids listed more than once, in order of their second appearance. */
export function repeated(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}
