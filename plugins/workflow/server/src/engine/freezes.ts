import type { Freeze, Machine } from './types';

/** A direct write that changed what the entry's state freezes. */
export interface FrozenChange {
  field: string;
  kind: 'frozen' | 'appendOnly';
  message: string;
}

/** Row ids and component markers change on every save; they are not what an entry says. */
const NOT_CONTENT = new Set(['id', '__component', '__temp_key__']);

/**
 * A stored value as a comparable one: a related entry by its documentId, components without
 * their row ids, dates as ISO strings, keys sorted. Two reads of the same content compare equal
 * whatever shape the write came in (Content Manager connect/disconnect, REST documentIds).
 */
export function comparable(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(comparable);
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.documentId === 'string') return record.documentId;
    return Object.fromEntries(
      Object.keys(record)
        .filter((key) => !NOT_CONTENT.has(key))
        .sort()
        .map((key) => [key, comparable(record[key])]),
    );
  }
  return value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(comparable(a)) === JSON.stringify(comparable(b));

/** The fields a write must be checked on in this state: frozen or append-only. */
export function guardedFields(freeze: Freeze | undefined): string[] {
  return [...(freeze?.fields ?? []), ...(freeze?.appendOnly ?? [])];
}

/** Transitions through which a frozen field may still change from `state`. */
export function transitionsChanging<Doc>(machine: Machine<Doc>, state: string, field: string): string[] {
  const from = machine.transitions.filter((t) => t.from.includes(state));
  const setting = from.filter((t) => t.payload?.fields.includes(field));
  return (setting.length > 0 ? setting : from).map((t) => t.name);
}

/**
 * What a direct write changed of what `state` freezes, comparing the entry as stored before and
 * after it: frozen fields must keep their value, append-only lists must start with every entry
 * they had, unchanged and in order.
 */
export function frozenChanges<Doc>(machine: Machine<Doc>, state: string, before: Record<string, unknown>, after: Record<string, unknown>): FrozenChange[] {
  const freeze = machine.freezes?.[state];
  const label = machine.states[state] ?? state;
  const changes: FrozenChange[] = [];
  for (const field of freeze?.fields ?? []) {
    if (same(before[field], after[field])) continue;
    const through = transitionsChanging(machine, state, field);
    changes.push({
      field,
      kind: 'frozen',
      message: `« ${field} » est figé dans l’état « ${label} » : il ne change que par une transition (${through.join(', ') || 'aucune'}).`,
    });
  }
  for (const field of freeze?.appendOnly ?? []) {
    const kept = (before[field] as unknown[] | null | undefined) ?? [];
    const now = (after[field] as unknown[] | null | undefined) ?? [];
    if (now.length >= kept.length && kept.every((entry, i) => same(entry, now[i]))) continue;
    changes.push({
      field,
      kind: 'appendOnly',
      message: `« ${field} » ne fait que s’allonger (état « ${label} ») : ajoutez une entrée, sans modifier, déplacer ni supprimer les précédentes.`,
    });
  }
  return changes;
}
