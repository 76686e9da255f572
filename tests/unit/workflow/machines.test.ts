import { describe, expect, it } from 'vitest';
import { availableTransitions, decide } from '../../../plugins/workflow/server/src/engine/engine';
import type { Actor, Machine } from '../../../plugins/workflow/server/src/engine/types';
import { MACHINES } from '../../../plugins/workflow/server/src/machines';
import { ficheReview } from '../../../plugins/workflow/server/src/machines/fiche-review';
import { intervention } from '../../../plugins/workflow/server/src/machines/intervention';
import { loan } from '../../../plugins/workflow/server/src/machines/loan';

const person = (roles: Actor['roles'], adminUserId = 7): Actor => ({ kind: 'admin', id: adminUserId, name: 'x', roles, adminUserId, ability: null });
const names = (machine: Machine<any>, doc: object, actor: Actor) => availableTransitions(machine, doc, actor).map((t) => t.name);

describe.each(Object.values(MACHINES))('the $uid machine', (machine) => {
  it('should only name states it declares', () => {
    const states = Object.keys(machine.states);
    expect(states).toContain(machine.initial);
    for (const t of machine.transitions)
      expect(
        [...t.from, t.to].every((s) => states.includes(s)),
        t.name,
      ).toBe(true);
  });

  it('should reach every state from the initial one', () => {
    const reached = new Set([machine.initial]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const t of machine.transitions) {
        if (t.from.some((s) => reached.has(s)) && !reached.has(t.to)) {
          reached.add(t.to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual(Object.keys(machine.states).sort());
  });

  it('should give every transition a unique name and a French label', () => {
    const all = machine.transitions.map((t) => t.name);
    expect(new Set(all).size).toBe(all.length);
    for (const t of machine.transitions) expect(t.label).toMatch(/^[A-ZÉ]/);
  });
});

describe('fiche review', () => {
  it('should let only reviewers approve', () => {
    const doc = { documentId: 'd', reviewState: 'en_relecture', author: { id: 7 } };
    expect(names(ficheReview, doc, person(['animateur']))).toEqual([]);
    expect(names(ficheReview, doc, person(['moderateur']))).toEqual(['demander_modifications', 'approuver']);
  });

  it('should let an author submit their own draft, not another’s', () => {
    expect(names(ficheReview, { documentId: 'd', reviewState: 'brouillon', author: { id: 7 } }, person(['animateur'], 7))).toEqual(['soumettre']);
    expect(names(ficheReview, { documentId: 'd', reviewState: 'brouillon', author: { id: 8 } }, person(['animateur'], 7))).toEqual([]);
  });

  it('should count the creator as the owner when no author is set', () => {
    expect(names(ficheReview, { documentId: 'd', reviewState: 'brouillon', createdBy: { id: 7 } }, person(['technicien'], 7))).toEqual(['soumettre']);
  });

  it('should require a comment to ask for changes', () => {
    const doc = { documentId: 'd', reviewState: 'en_relecture' };
    expect(decide(ficheReview, doc, 'demander_modifications', person(['moderateur']), '  ')).toMatchObject({ ok: false, kind: 'guard' });
  });
});

describe('intervention', () => {
  it('should keep its transitions to technicians, but for closing and reopening one’s own request', () => {
    const doc = { documentId: 'd', state: 'resolue', createdBy: { id: 7 } };
    expect(names(intervention, doc, person(['animateur'], 7))).toEqual(['cloturer', 'reouvrir']);
    expect(names(intervention, { documentId: 'd', state: 'nouvelle', createdBy: { id: 7 } }, person(['animateur'], 7))).toEqual([]);
  });

  it('should accept a resolution given as the comment', () => {
    expect(decide(intervention, { documentId: 'd', state: 'en_cours' }, 'resoudre', person(['technicien']), 'Câble changé').ok).toBe(true);
    expect(decide(intervention, { documentId: 'd', state: 'en_cours', resolution: 'Câble changé' }, 'resoudre', person(['technicien'])).ok).toBe(true);
  });
});

describe('loan', () => {
  it('should refuse accepting a loan without equipment', () => {
    expect(decide(loan, { documentId: 'd', state: 'demande', equipment: null }, 'accepter', person(['technicien']))).toMatchObject({
      ok: false,
      kind: 'guard',
    });
  });

  it('should let the borrower cancel their own request and nothing else', () => {
    expect(names(loan, { documentId: 'd', state: 'accepte', createdBy: { id: 7 } }, person(['animateur'], 7))).toEqual(['annuler']);
  });
});
