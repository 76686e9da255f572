import { parisToday, UIDS } from '@reseau-epn/platform';
import { describe, expect, it } from 'vitest';
import { availableTransitions, decide, triggeredBy } from '../../../plugins/workflow/server/src/engine/engine';
import type { Actor } from '../../../plugins/workflow/server/src/engine/types';
import { ficheReview } from '../../../plugins/workflow/server/src/machines/fiche-review';
import { loan } from '../../../plugins/workflow/server/src/machines/loan';
import { ageInDays } from '../../../plugins/workflow/server/src/services/dashboard';

const person = (roles: Actor['roles'], adminUserId = 7): Actor => ({ kind: 'admin', id: adminUserId, name: 'x', roles, adminUserId, ability: null });
const transition = (name: string) => loan.transitions.find((t) => t.name === name)!;
const item = { id: 1, documentId: 'vp1', name: 'Vidéoprojecteur' };

describe('the Content Manager’s Publish and Unpublish buttons', () => {
  it('should be the review transitions they trigger, for reviewers only', () => {
    const draft = { documentId: 'd', reviewState: 'brouillon' };

    expect(triggeredBy(ficheReview, draft, 'publish')?.name).toBe('publication_directe');
    expect(decide(ficheReview, draft, 'publication_directe', person(['moderateur']), undefined, 'publish').ok).toBe(true);
    expect(decide(ficheReview, draft, 'publication_directe', person(['animateur']), undefined, 'publish')).toMatchObject({ ok: false, kind: 'forbidden' });
  });

  it('should trigger nothing where the entry already is (Publish on a published fiche)', () => {
    expect(triggeredBy(ficheReview, { documentId: 'd', reviewState: 'publiee' }, 'publish')).toBeNull();
    expect(triggeredBy(ficheReview, { documentId: 'd', reviewState: 'brouillon' }, 'unpublish')).toBeNull();
  });

  it('should neither offer them nor fire them through the workflow’s routes', () => {
    const draft = { documentId: 'd', reviewState: 'brouillon', author: { id: 7 } };

    expect(availableTransitions(ficheReview, draft, person(['moderateur'])).map((t) => t.name)).not.toContain('publication_directe');
    expect(decide(ficheReview, draft, 'publication_directe', person(['moderateur']))).toMatchObject({
      ok: false,
      kind: 'invalid',
      message: expect.stringContaining('Publier'),
    });
  });
});

describe('what a loan holds', () => {
  it('should lock its item when a transition makes it hold the item', () => {
    const doc = { documentId: 'l', state: 'demande', equipment: item };

    expect(['accepter', 'remettre', 'reprogrammer', 'prolonger'].map((name) => loan.locks!({ doc, transition: transition(name) }))).toEqual(
      Array(4).fill([{ uid: UIDS.equipement, documentId: 'vp1' }]),
    );
  });

  it('should lock nothing when it lets the item go or has none', () => {
    expect(loan.locks!({ doc: { documentId: 'l', equipment: item }, transition: transition('rendre') })).toEqual([]);
    expect(loan.locks!({ doc: { documentId: 'l', equipment: null }, transition: transition('accepter') })).toEqual([]);
  });
});

describe('an intervention’s age on the dashboard', () => {
  it('should be 0 for one created today, even a moment ahead of this clock', () => {
    expect(ageInDays(new Date(Date.now() + 60_000), parisToday())).toBe(0);
  });

  it('should count Paris days, not 24-hour spans', () => {
    // 23:30 in Paris on the 1st, read on the 2nd: one day old, though only half an hour passed.
    expect(ageInDays('2026-11-01T22:30:00Z', '2026-11-02')).toBe(1);
    expect(ageInDays('2026-11-01T23:30:00Z', '2026-11-02')).toBe(0);
  });
});
