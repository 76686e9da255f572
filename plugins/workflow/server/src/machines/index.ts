import type { Machine } from '../engine/types';
import { ficheReview } from './fiche-review';
import { intervention } from './intervention';
import { loan } from './loan';

/** The three machines, by the uid of the content type they drive. */
export const MACHINES: Record<string, Machine<any>> = {
  [ficheReview.uid]: ficheReview,
  [intervention.uid]: intervention,
  [loan.uid]: loan,
};
// `any`: each machine is typed by its own entry shape; the registry serves them side by side.
