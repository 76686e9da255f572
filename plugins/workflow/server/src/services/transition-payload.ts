import { validationError } from '@reseau-epn/platform/strapi';
import type { Transition } from '../engine/types';

/**
 * The new values a transition sets (its payload), validated by the transition's own schema; a
 * 400 naming `data.<field>` when they are wrong, or `data` when the transition takes none.
 */
export function payloadOf(
  transition: Pick<Transition<unknown>, 'label' | 'payload'>,
  data: Record<string, unknown> | undefined,
): Record<string, unknown> | null {
  if (!transition.payload) {
    if (data === undefined) return null;
    throw validationError([{ path: ['data'], message: `« ${transition.label} » ne prend pas de données : retirez « data ».` }]);
  }
  const result = transition.payload.schema.safeParse(data ?? {});
  if (result.success) return result.data;
  throw validationError(result.error.issues.map((issue) => ({ path: ['data', ...issue.path.map(String)], message: issue.message })));
}
