/** A URL- and attribute-safe form of a label: "Le Relecq-Kerhuon" → "le-relecq-kerhuon". */
export function slugify(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
