import type { Machine } from '../engine/types';
import { ficheReview } from './fiche-review';
import { intervention } from './intervention';
import { loan } from './loan';

/**
 * An entry as the service loads it: its attributes by name, whatever its type. Entries of three
 * types pass through the same generic code (the engine reads the machine's own field, each
 * machine types its own entries), so attributes are read untyped.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type Entry = Record<string, any> & { documentId: string };

/** A machine of any type, as the registry serves them side by side. */
export type AnyMachine = Machine<Entry>;

/** The three machines, by the uid of the content type they drive. */
export const MACHINES: Readonly<Record<string, AnyMachine>> = {
  [ficheReview.uid]: ficheReview,
  [intervention.uid]: intervention,
  [loan.uid]: loan,
};
