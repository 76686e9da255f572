/**
 * A field's value in a comparison: text as is, lists and objects (relations, media ids,
 * components) as indented JSON so that they read line by line; `null` for an empty field.
 * Dates come from @reseau-epn/admin-kit.
 */
export function formatValue(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'object') {
    if (Array.isArray(value) && value.length === 0) return null;
    return JSON.stringify(value, null, 2);
  }
  return String(value);
}
