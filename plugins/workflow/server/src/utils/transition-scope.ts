import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Marks the writes a transition makes, so the guard on state fields lets them through and
 * refuses every other change of a state made over HTTP.
 */
const scope = new AsyncLocalStorage<true>();

export const inTransition = (): boolean => scope.getStore() === true;
export const runInTransition = <T>(fn: () => Promise<T>): Promise<T> => scope.run(true, fn);
