import { UIDS } from '@reseau-epn/platform';
import { describe, expect, it } from 'vitest';
import { availableTransitions, decide } from '../../../plugins/workflow/server/src/engine/engine';
import type { Actor, Machine } from '../../../plugins/workflow/server/src/engine/types';

interface Doc {
  state?: string;
  owner?: number;
}

const machine: Machine<Doc> = {
  // Any content type: the engine never reads the uid, the service does.
  uid: UIDS.fiche,
  field: 'state',
  initial: 'a',
  states: { a: 'A', b: 'B', c: 'C' },
  ownerOf: (doc) => doc.owner ?? null,
  transitions: [
    { name: 'ab', label: 'A vers B', from: ['a'], to: 'b', roles: ['moderateur'], ownerRoles: ['animateur'] },
    { name: 'bc', label: 'B vers C', from: ['b'], to: 'c', roles: ['technicien'], guard: ({ comment }) => (comment ? null : 'Un commentaire est requis.') },
  ],
};

const actor = (roles: Actor['roles'], adminUserId = 1): Actor => ({ kind: 'admin', id: adminUserId, name: 'Test', roles, adminUserId, ability: null });

describe('the workflow engine', () => {
  it('should start an entry without a state in the initial state', () => {
    expect(availableTransitions(machine, {}, actor(['moderateur'])).map((t) => t.name)).toEqual(['ab']);
  });

  it('should let an owner role fire on their own entry only', () => {
    expect(decide(machine, { state: 'a', owner: 1 }, 'ab', actor(['animateur'], 1)).ok).toBe(true);
    expect(decide(machine, { state: 'a', owner: 2 }, 'ab', actor(['animateur'], 1))).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(decide(machine, { state: 'a' }, 'ab', actor(['animateur'], 1))).toMatchObject({ ok: false, kind: 'forbidden' });
  });

  it('should refuse a transition from another state, naming the allowed ones', () => {
    expect(decide(machine, { state: 'a' }, 'bc', actor(['technicien', 'moderateur']))).toMatchObject({
      ok: false,
      kind: 'invalid',
      allowed: ['ab'],
      message: expect.stringContaining('Transitions possibles : ab'),
    });
  });

  it('should refuse an unknown transition', () => {
    expect(decide(machine, { state: 'a' }, 'zz', actor(['moderateur']))).toMatchObject({ ok: false, kind: 'unknown', allowed: ['ab'] });
  });

  it('should refuse a role that may not fire it, saying none is allowed', () => {
    expect(decide(machine, { state: 'b' }, 'bc', actor(['animateur']))).toMatchObject({
      ok: false,
      kind: 'forbidden',
      message: expect.stringContaining('aucune'),
    });
  });

  it('should run the guard with the comment', () => {
    expect(decide(machine, { state: 'b' }, 'bc', actor(['technicien']))).toMatchObject({ ok: false, kind: 'guard' });
    expect(decide(machine, { state: 'b' }, 'bc', actor(['technicien']), 'ok').ok).toBe(true);
  });
});
