import { describe, expect, it } from 'vitest';
import { comparable, frozenChanges, transitionsChanging } from '../../../plugins/workflow/server/src/engine/freezes';
import { MACHINES } from '../../../plugins/workflow/server/src/machines';
import { intervention } from '../../../plugins/workflow/server/src/machines/intervention';
import { loan } from '../../../plugins/workflow/server/src/machines/loan';

const entry = (id: number, text: string) => ({
  id,
  date: '2028-01-05T09:00:00.000Z',
  text,
  minutesSpent: 10,
  author: { id: 3, documentId: 'u3', firstname: 'Yann' },
});
const fields = (changes: { field: string }[]) => changes.map((c) => c.field);

describe.each(Object.values(MACHINES))('what the states of $uid freeze', (machine) => {
  it('should only name states the machine declares', () => {
    expect(Object.keys(machine.freezes ?? {}).every((state) => state in machine.states)).toBe(true);
  });
});

describe('frozen fields', () => {
  it('should find an accepted loan’s moved dates, naming the state and the transition to use', () => {
    const changes = frozenChanges(loan, 'accepte', { startDate: '2028-01-10', endDate: '2028-01-12' }, { startDate: '2028-01-11', endDate: '2028-01-12' });

    expect(fields(changes)).toEqual(['startDate']);
    expect(changes[0].message).toContain('« Accepté »');
    expect(changes[0].message).toContain('reprogrammer');
  });

  it('should compare related entries by documentId, whatever else was loaded', () => {
    const before = { equipment: { id: 4, documentId: 'vp1', name: 'Vidéoprojecteur' } };

    expect(frozenChanges(loan, 'accepte', before, { equipment: { id: 4, documentId: 'vp1' } })).toEqual([]);
    expect(fields(frozenChanges(loan, 'accepte', before, { equipment: { id: 9, documentId: 'vp2' } }))).toEqual(['equipment']);
  });

  it('should change a decided loan’s item and dates only through a transition that takes them', () => {
    expect(['equipment', 'startDate', 'endDate'].map((field) => transitionsChanging(loan, 'accepte', field))).toEqual([
      ['reprogrammer'],
      ['reprogrammer'],
      ['reprogrammer'],
    ]);
    expect(transitionsChanging(loan, 'en_cours', 'endDate')).toEqual(['prolonger']);
  });

  it('should freeze nothing of a loan still requested', () => {
    expect(frozenChanges(loan, 'demande', { startDate: '2028-01-10' }, { startDate: '2028-02-10' })).toEqual([]);
  });
});

describe('append-only logs', () => {
  it('should accept entries added at the end, even written again under new row ids', () => {
    const before = { log: [entry(1, 'Câble changé')] };

    expect(frozenChanges(intervention, 'en_cours', before, { log: [entry(7, 'Câble changé'), entry(8, 'Testé')] })).toEqual([]);
  });

  it.each([
    ['changed', [entry(1, 'Rien fait')]],
    ['removed', []],
    ['reordered', [entry(2, 'Testé'), entry(1, 'Câble changé')]],
  ])('should refuse an entry %s', (_, log) => {
    const before = { log: [entry(1, 'Câble changé'), entry(2, 'Testé')] };

    expect(fields(frozenChanges(intervention, 'nouvelle', before, { log }))).toEqual(['log']);
  });
});

describe('comparable values', () => {
  it('should read dates, missing values and component rows alike whatever their shape', () => {
    expect(comparable({ id: 3, __component: 'x', when: new Date('2028-01-05T09:00:00Z'), note: undefined })).toEqual({
      note: null,
      when: '2028-01-05T09:00:00.000Z',
    });
  });
});
