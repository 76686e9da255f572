import { describe, expect, it } from 'vitest';
import { RULES, validateRules } from '../../cms/src/validation/rules';
import { UIDS } from '@reseau-epn/platform';

const espace = RULES[UIDS.espace];

// A space's labels and usages are free lists: suggested values are offered, any other is accepted.
describe("a space's labels and usages", () => {
  it('should accept a value outside the suggested ones', () => {
    expect(validateRules(espace, { labels: ['Conseiller numérique', 'Réseau des médiathèques du Pays des Abers'], usages: ['généalogie'] })).toEqual([]);
  });

  it('should refuse a label that is not a string, naming the field', () => {
    expect(validateRules(espace, { labels: ['PIX', 3] }).map((v) => v.path)).toEqual([['labels']]);
  });

  it('should refuse a usage list written as one string', () => {
    expect(validateRules(espace, { usages: 'bureautique' }).map((v) => v.path)).toEqual([['usages']]);
  });

  it('should refuse a usage given twice', () => {
    expect(validateRules(espace, { usages: ['bureautique', 'bureautique'] }).map((v) => v.path)).toEqual([['usages']]);
  });
});
