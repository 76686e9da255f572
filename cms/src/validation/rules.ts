import { ANCT_ACCESS_MODES, ANCT_FEES, ANCT_PUBLICS, ANCT_SERVICES, ANCT_SPECIFIC_SUPPORT, ANCT_SUPPORT_MODES, SYSTEMS } from './vocabularies';
import { UIDS } from '@reseau-epn/platform';

/**
 * Checks Strapi's schema cannot express: lists of strings stored as JSON (optionally from a
 * vocabulary), date ranges whose end must not precede their start, and slugs.
 */
export type FieldRule =
  { kind: 'list'; field: string; allowed?: readonly string[] } | { kind: 'range'; start: string; end: string } | { kind: 'slug'; field: string };

/**
 * A slug is a segment of the site's URLs and the name of a folder of its build: lowercase
 * letters and digits, in words joined by single hyphens ("atelier-tablette-2"), as Strapi's own
 * generator writes them and as every seed slug is. Strapi's uid type alone accepts "..", ".",
 * "~" and "_", which would name another page, the parent folder, or a hidden file.
 */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Folder names stop at 255 bytes on most file systems; an address reads better far shorter. */
export const SLUG_MAX_LENGTH = 200;

const eventRules: FieldRule[] = [{ kind: 'range', start: 'startsAt', end: 'endsAt' }];

export const RULES: Record<string, FieldRule[]> = {
  [UIDS.fiche]: [
    { kind: 'list', field: 'systems', allowed: SYSTEMS },
    { kind: 'list', field: 'software' },
    { kind: 'list', field: 'hardware' },
  ],
  [UIDS.espace]: [
    { kind: 'list', field: 'operatingSystems', allowed: SYSTEMS },
    { kind: 'list', field: 'installedSoftware' },
    { kind: 'list', field: 'services', allowed: ANCT_SERVICES },
    { kind: 'list', field: 'publics', allowed: ANCT_PUBLICS },
    { kind: 'list', field: 'specificSupport', allowed: ANCT_SPECIFIC_SUPPORT },
    { kind: 'list', field: 'accessModes', allowed: ANCT_ACCESS_MODES },
    { kind: 'list', field: 'supportModes', allowed: ANCT_SUPPORT_MODES },
    { kind: 'list', field: 'fees', allowed: ANCT_FEES },
    // Free lists: their suggested values (vocabularies.ts) are offered, not imposed.
    { kind: 'list', field: 'labels' },
    { kind: 'list', field: 'usages' },
  ],
  [UIDS.atelier]: eventRules,
  [UIDS.formation]: eventRules,
  [UIDS.pret]: [{ kind: 'range', start: 'startDate', end: 'endDate' }],
};

/** A slug rule for each uid attribute of a content type: every slug is checked, whichever the type. */
export function slugRules(attributes: Record<string, { type?: string }>): FieldRule[] {
  return Object.entries(attributes)
    .filter(([, attribute]) => attribute.type === 'uid')
    .map(([field]) => ({ kind: 'slug', field }));
}

export interface RuleViolation {
  path: string[];
  message: string;
}

function checkList(value: unknown, rule: Extract<FieldRule, { kind: 'list' }>): string | null {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item.trim() === '')) {
    return `${rule.field} must be a list of non-empty strings`;
  }
  if (new Set(value).size !== value.length) return `${rule.field} must not repeat a value`;
  const unknown = rule.allowed ? value.filter((item) => !rule.allowed!.includes(item)) : [];
  if (unknown.length > 0) {
    return `${rule.field} has unknown value(s) ${unknown.map((v) => `"${v}"`).join(', ')}; allowed: ${rule.allowed!.join(', ')}`;
  }
  return null;
}

function checkSlug(value: unknown, field: string): string | null {
  // Absent or empty: Strapi's required check decides (a draft may not have one yet).
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string' && SLUG.test(value) && value.length <= SLUG_MAX_LENGTH) return null;
  return `${field} must be lowercase letters and digits separated by single hyphens, at most ${SLUG_MAX_LENGTH} characters (e.g. "atelier-tablette-2"): it is part of the page's address`;
}

/**
 * Validates `data` against the rules of a content type. `current` holds the stored values so
 * that a partial update of one end of a range is checked against the other end.
 */
export function validateRules(rules: FieldRule[], data: Record<string, unknown>, current: Record<string, unknown> = {}): RuleViolation[] {
  const violations: RuleViolation[] = [];
  for (const rule of rules) {
    if (rule.kind === 'slug') {
      const message = rule.field in data ? checkSlug(data[rule.field], rule.field) : null;
      if (message) violations.push({ path: [rule.field], message });
      continue;
    }
    if (rule.kind === 'list') {
      if (!(rule.field in data)) continue;
      const message = checkList(data[rule.field], rule);
      if (message) violations.push({ path: [rule.field], message });
      continue;
    }
    if (!(rule.start in data) && !(rule.end in data)) continue;
    const start = data[rule.start] ?? current[rule.start];
    const end = data[rule.end] ?? current[rule.end];
    if (start && end && new Date(String(end)).getTime() < new Date(String(start)).getTime()) {
      violations.push({ path: [rule.end], message: `${rule.end} must not be before ${rule.start}` });
    }
  }
  return violations;
}
