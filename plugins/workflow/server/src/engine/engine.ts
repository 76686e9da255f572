import type { Actor, DocumentAction, Machine, Transition } from './types';

export type Refusal =
  | { kind: 'unknown'; message: string; allowed: string[] }
  | { kind: 'invalid'; message: string; allowed: string[] }
  | { kind: 'forbidden'; message: string; allowed: string[] }
  | { kind: 'guard'; message: string; allowed: string[] };

export type Decision<Doc> = { ok: true; transition: Transition<Doc> } | ({ ok: false } & Refusal);

function mayFire<Doc>(machine: Machine<Doc>, transition: Transition<Doc>, doc: Doc, actor: Actor): boolean {
  if (actor.roles.some((role) => transition.roles.includes(role))) return true;
  if (!transition.ownerRoles || !actor.roles.some((role) => transition.ownerRoles!.includes(role))) return false;
  const owner = machine.ownerOf?.(doc) ?? null;
  return owner !== null && owner === actor.adminUserId;
}

const stateOf = <Doc>(machine: Machine<Doc>, doc: Doc) => String((doc as Record<string, unknown>)[machine.field] ?? machine.initial);

/**
 * The transitions this actor may fire on this entry now (guards aside), through the workflow's
 * routes: those a Content Manager action fires by itself (`trigger`) are not offered.
 */
export function availableTransitions<Doc>(machine: Machine<Doc>, doc: Doc, actor: Actor): Transition<Doc>[] {
  const state = stateOf(machine, doc);
  return machine.transitions.filter((t) => !t.trigger && t.from.includes(state) && mayFire(machine, t, doc, actor));
}

/** The transition a Content Manager action (Publish, Unpublish) fires from the entry's state, if any. */
export function triggeredBy<Doc>(machine: Machine<Doc>, doc: Doc, action: DocumentAction): Transition<Doc> | null {
  const state = stateOf(machine, doc);
  return machine.transitions.find((t) => t.trigger === action && t.from.includes(state)) ?? null;
}

const list = (names: string[]) => (names.length ? names.join(', ') : 'aucune');

/**
 * Decides whether `name` may fire: it must exist, leave the current state, come from the right
 * door (a route, or the Content Manager action that triggers it: `via`), be open to the actor's
 * roles, and pass its guard. A refusal names the transitions that are allowed.
 */
export function decide<Doc>(machine: Machine<Doc>, doc: Doc, name: string, actor: Actor, comment?: string, via?: DocumentAction): Decision<Doc> {
  const state = stateOf(machine, doc);
  const allowed = availableTransitions(machine, doc, actor).map((t) => t.name);
  const transition = machine.transitions.find((t) => t.name === name);
  if (!transition) {
    return { ok: false, kind: 'unknown', allowed, message: `Transition « ${name} » inconnue. Transitions possibles : ${list(allowed)}.` };
  }
  if (!transition.from.includes(state)) {
    return {
      ok: false,
      kind: 'invalid',
      allowed,
      message: `« ${transition.label} » est impossible depuis l'état « ${machine.states[state] ?? state} ». Transitions possibles : ${list(allowed)}.`,
    };
  }
  if (transition.trigger !== via) {
    const door = transition.trigger ? `le bouton « ${transition.trigger === 'publish' ? 'Publier' : 'Dépublier'} » du Content Manager` : 'une route du circuit';
    return { ok: false, kind: 'invalid', allowed, message: `« ${transition.label} » ne se fait que par ${door}. Transitions possibles : ${list(allowed)}.` };
  }
  if (!mayFire(machine, transition, doc, actor)) {
    return {
      ok: false,
      kind: 'forbidden',
      allowed,
      message: `Votre rôle ne permet pas « ${transition.label} »${transition.ownerRoles ? ' sur une entrée dont vous n’êtes pas l’auteur' : ''}. Transitions possibles : ${list(allowed)}.`,
    };
  }
  const reason = transition.guard?.({ doc, actor, comment });
  if (reason) return { ok: false, kind: 'guard', allowed, message: `${reason} Transitions possibles : ${list(allowed)}.` };
  return { ok: true, transition };
}
