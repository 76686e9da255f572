import { describe, expect, it } from 'vitest';
import { RULES, validateRules } from '../../cms/src/validation/rules';
import { UIDS } from '@reseau-epn/platform';

const espace = RULES[UIDS.espace];
const pret = RULES[UIDS.pret];

describe('field rules', () => {
  it('should accept ANCT labels in an espace list', () => {
    expect(validateRules(espace, { services: ['Aide aux démarches administratives'], publics: ['Seniors'] })).toEqual([]);
  });

  it('should name the field and the unknown value outside the vocabulary', () => {
    const [violation] = validateRules(espace, { publics: ['Seniors', 'Retraités'] });

    expect(violation.path).toEqual(['publics']);
    expect(violation.message).toContain('"Retraités"');
  });

  it('should refuse a list that is not a list of strings, or repeats a value', () => {
    expect(validateRules(espace, { installedSoftware: 'LibreOffice' })[0].path).toEqual(['installedSoftware']);
    expect(validateRules(espace, { installedSoftware: ['GIMP', ''] })[0].path).toEqual(['installedSoftware']);
    expect(validateRules(espace, { operatingSystems: ['Linux', 'Linux'] })[0].path).toEqual(['operatingSystems']);
  });

  it('should leave an absent or null list alone', () => {
    expect(validateRules(espace, { name: 'EPN' })).toEqual([]);
    expect(validateRules(espace, { services: null })).toEqual([]);
  });

  it('should check a range against the stored other end on a partial update', () => {
    expect(validateRules(pret, { endDate: '2026-12-01' }, { startDate: '2026-12-05' })[0].path).toEqual(['endDate']);
    expect(validateRules(pret, { endDate: '2026-12-09' }, { startDate: '2026-12-05' })).toEqual([]);
  });

  it('should accept a one-day loan', () => {
    expect(validateRules(pret, { startDate: '2026-12-05', endDate: '2026-12-05' })).toEqual([]);
  });
});
