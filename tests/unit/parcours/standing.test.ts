import { describe, expect, it } from 'vitest';
import { prerequisiteIssue, repeated } from '../../../cms/src/parcours/prerequisite-graph';
import { standingOf } from '../../../cms/src/parcours/standing';
import { standingText } from '../../../cms/src/parcours/strings';
import { withSection } from '../../../cms/src/parcours/mail-section';

const graph = new Map([
  ['b', ['a']],
  ['c', ['b']],
]);
const path = {
  title: 'Devenir animateur',
  formations: [
    { documentId: 'a', title: 'Accueillir' },
    { documentId: 'b', title: 'Accompagner' },
    { documentId: 'c', title: 'Animer' },
  ],
};

describe('prerequisite rules', () => {
  it('should refuse a formation as its own prerequisite', () => {
    expect(prerequisiteIssue('a', ['a'], graph)).toMatch(/propre prérequis/);
  });

  it('should refuse a loop through other formations', () => {
    expect(prerequisiteIssue('a', ['c'], graph)).toMatch(/boucle/);
  });

  it('should accept a chain', () => {
    expect(prerequisiteIssue('d', ['c', 'a'], graph)).toBeNull();
  });

  it('should name the formations listed twice', () => {
    expect(repeated(['a', 'b', 'a', 'c', 'b'])).toEqual(['a', 'b']);
  });
});

describe('where a person stands', () => {
  it('should count attended before registered, and cancelled as nothing', () => {
    const standing = standingOf(
      'b',
      [path],
      [{ documentId: 'a', title: 'Accueillir' }],
      [
        { formation: 'a', state: 'confirmee', attended: true },
        { formation: 'b', state: 'en_attente', attended: null },
        { formation: 'c', state: 'annulee', attended: null },
      ],
    );
    expect(standing?.paths[0]?.steps.map((s) => [s.documentId, s.status, s.current])).toEqual([
      ['a', 'suivie', false],
      ['b', 'inscrit', true],
      ['c', 'a_venir', false],
    ]);
  });

  it('should keep the prerequisites not attended', () => {
    const standing = standingOf('b', [], [{ documentId: 'a', title: 'Accueillir' }], [{ formation: 'a', state: 'confirmee', attended: false }]);
    expect(standing?.missingPrerequisites).toEqual([{ documentId: 'a', title: 'Accueillir' }]);
  });

  it('should have nothing to tell without a path or a missing prerequisite', () => {
    expect(standingOf('b', [], [], [])).toBeNull();
  });

  it('should write the section in Breton', () => {
    const standing = standingOf('c', [path], [], [{ formation: 'c', state: 'confirmee', attended: null }]);
    expect(standingText(standing, 'br')).toBe(
      'Ho hentad « Devenir animateur » :\n1. Accueillir — da zont\n2. Accompagner — da zont\n3. Animer — enskrivet (ar stummadur-mañ)',
    );
  });

  it('should insert the section before the signature', () => {
    expect(withSection('Bonjour,\n\nCorps.\n\nLa signature\n', 'Section')).toBe('Bonjour,\n\nCorps.\n\nSection\n\nLa signature\n');
  });
});
