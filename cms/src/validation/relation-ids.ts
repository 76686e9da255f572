import type { FieldIssue } from '@reseau-epn/platform/strapi';

/**
 * The highest id a row can have: Strapi creates every id column as PostgreSQL's `integer`
 * (`increments`). PostgreSQL refuses anything else in a query on it (« invalid input syntax for
 * type integer » for 1e308 or 12.5, « out of range » for 2147483648), which Strapi answers with a
 * 500; SQLite, loosely typed, finds nothing. Checked before any query, so both answer the same 400.
 */
export const MAX_ROW_ID = 2_147_483_647;

/** What the check reads of an attribute: its type, and for components and zones, which ones. */
export interface AttributeShape {
  type?: string;
  component?: string;
  components?: string[];
}

export type Attributes = Record<string, AttributeShape>;

/** The attributes of a component by its uid, or undefined when there is no such component. */
export type ComponentAttributes = (uid: string) => Attributes | undefined;

const ID_MESSAGE = `l’identifiant d’une relation est un entier de 1 à ${MAX_ROW_ID}`;
const DOCUMENT_ID_MESSAGE = 'le documentId d’une relation est une chaîne de caractères';
const LIST_KEYS = ['connect', 'disconnect', 'set'] as const;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isPresent = (value: unknown) => value !== undefined && value !== null;

/** A row id as the database takes it: a whole number in range, or its decimal digits. */
export function isRowId(value: unknown): boolean {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 1 && value <= MAX_ROW_ID;
  return typeof value === 'string' && /^[1-9]\d{0,9}$/.test(value) && Number(value) <= MAX_ROW_ID;
}

/** Strapi reads a string that starts like a number (`parseInt`) as an id, any other one as a documentId. */
const readAsId = (value: string) => !Number.isNaN(Number.parseInt(value, 10));

const received = (value: unknown) => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/**
 * The relations a value names, in every shape the Document Service takes (its `mapRelation`):
 * an id, a documentId, `{ id }` or `{ documentId }`, lists of these (nested lists flattened),
 * and `{ connect, disconnect, set }`, each a list or a single one.
 */
function relationEntries(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(relationEntries);
  if (isObject(value) && !('id' in value) && !('documentId' in value) && LIST_KEYS.some((key) => value[key])) {
    return LIST_KEYS.flatMap((key) => (value[key] ? relationEntries(value[key]) : []));
  }
  return [value];
}

/**
 * What is wrong with one relation entry, or null. A position's `before` and `after` name a
 * neighbour the way the entry names its target: by documentId when the entry has one, by id
 * otherwise. Other odd shapes (booleans, empty objects) are left to Strapi, which refuses them.
 */
function entryIssue(entry: unknown): string | null {
  if (typeof entry === 'number') return isRowId(entry) ? null : `${ID_MESSAGE} (reçu ${received(entry)})`;
  if (typeof entry === 'string') return readAsId(entry) && !isRowId(entry) ? `${ID_MESSAGE} (reçu « ${received(entry)} »)` : null;
  if (!isObject(entry)) return null;
  if (isPresent(entry.documentId) && typeof entry.documentId !== 'string') return `${DOCUMENT_ID_MESSAGE} (reçu ${received(entry.documentId)})`;
  if (isPresent(entry.id) && !isRowId(entry.id)) return `${ID_MESSAGE} (reçu ${received(entry.id)})`;
  if (!isObject(entry.position)) return null;
  const byDocumentId = Boolean(entry.documentId);
  for (const side of ['before', 'after'] as const) {
    const neighbour = entry.position[side];
    if (!isPresent(neighbour)) continue;
    if (byDocumentId && typeof neighbour !== 'string') return `position.${side} : ${DOCUMENT_ID_MESSAGE} (reçu ${received(neighbour)})`;
    if (!byDocumentId && !isRowId(neighbour)) return `position.${side} : ${ID_MESSAGE} (reçu ${received(neighbour)})`;
  }
  return null;
}

/** The first issue among the relations a value names: one per field is enough to correct it. */
function relationIssue(value: unknown): string | null {
  for (const entry of relationEntries(value)) {
    const issue = entryIssue(entry);
    if (issue) return issue;
  }
  return null;
}

/** The entries of a component field (one, or a list when repeatable) or of a dynamic zone, with their attributes. */
function nestedEntries(
  attribute: AttributeShape,
  value: unknown,
  componentAttributes: ComponentAttributes,
): [number | null, Record<string, unknown>, Attributes][] {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((item, index) => {
    if (!isObject(item)) return [];
    const uid = attribute.type === 'dynamiczone' ? item.__component : attribute.component;
    const attributes = typeof uid === 'string' ? componentAttributes(uid) : undefined;
    return attributes ? [[Array.isArray(value) ? index : null, item, attributes] as [number | null, Record<string, unknown>, Attributes]] : [];
  });
}

/**
 * The relation ids a write names that the database cannot take, by field: every relation and
 * media attribute of the type, and those of its components and dynamic zones, at any depth.
 * A 400 before any query, on every database alike.
 */
export function relationIdIssues(attributes: Attributes, data: unknown, componentAttributes: ComponentAttributes, path: string[] = []): FieldIssue[] {
  if (!isObject(data)) return [];
  return Object.entries(attributes).flatMap(([field, attribute]): FieldIssue[] => {
    const value = data[field];
    if (!isPresent(value)) return [];
    if (attribute.type === 'relation' || attribute.type === 'media') {
      const message = relationIssue(value);
      return message ? [{ path: [...path, field], message }] : [];
    }
    if (attribute.type !== 'component' && attribute.type !== 'dynamiczone') return [];
    return nestedEntries(attribute, value, componentAttributes).flatMap(([index, item, nested]) =>
      relationIdIssues(nested, item, componentAttributes, index === null ? [...path, field] : [...path, field, String(index)]),
    );
  });
}
