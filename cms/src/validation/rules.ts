import {
  ANCT_ACCESS_MODES,
  ANCT_FEES,
  ANCT_PUBLICS,
  ANCT_SERVICES,
  ANCT_SPECIFIC_SUPPORT,
  ANCT_SUPPORT_MODES,
  SYSTEMS,
} from './vocabularies';

/**
 * Checks Strapi's schema cannot express: lists of strings stored as JSON (optionally from a
 * vocabulary) and date ranges whose end must not precede their start.
 */
export type FieldRule =
  | { kind: 'list'; field: string; allowed?: readonly string[] }
  | { kind: 'range'; start: string; end: string };

const eventRules: FieldRule[] = [{ kind: 'range', start: 'startsAt', end: 'endsAt' }];

export const RULES: Record<string, FieldRule[]> = {
  'api::fiche.fiche': [
    { kind: 'list', field: 'systems', allowed: SYSTEMS },
    { kind: 'list', field: 'software' },
    { kind: 'list', field: 'hardware' },
  ],
  'api::espace.espace': [
    { kind: 'list', field: 'operatingSystems', allowed: SYSTEMS },
    { kind: 'list', field: 'installedSoftware' },
    { kind: 'list', field: 'services', allowed: ANCT_SERVICES },
    { kind: 'list', field: 'publics', allowed: ANCT_PUBLICS },
    { kind: 'list', field: 'specificSupport', allowed: ANCT_SPECIFIC_SUPPORT },
    { kind: 'list', field: 'accessModes', allowed: ANCT_ACCESS_MODES },
    { kind: 'list', field: 'supportModes', allowed: ANCT_SUPPORT_MODES },
    { kind: 'list', field: 'fees', allowed: ANCT_FEES },
  ],
  'api::atelier.atelier': eventRules,
  'api::formation.formation': eventRules,
  'api::pret.pret': [{ kind: 'range', start: 'startDate', end: 'endDate' }],
};

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

/**
 * Validates `data` against the rules of a content type. `current` holds the stored values so
 * that a partial update of one end of a range is checked against the other end.
 */
export function validateRules(
  rules: FieldRule[],
  data: Record<string, unknown>,
  current: Record<string, unknown> = {},
): RuleViolation[] {
  const violations: RuleViolation[] = [];
  for (const rule of rules) {
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
