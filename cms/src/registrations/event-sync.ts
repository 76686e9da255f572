import type { Core } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';
import { registrationService } from '../api/inscription/services/registration';
import type { EventKind } from './input';

const KINDS: Record<string, EventKind> = { [UIDS.atelier]: 'atelier', [UIDS.formation]: 'formation' };
/** The actions after which an event's seats may differ: its capacity, its opening, its published version. */
const ACTIONS = new Set(['create', 'update', 'publish', 'unpublish', 'discardDraft']);

/**
 * When an editor changes an atelier or a formation (capacity raised, registrations reopened,
 * a new version published), the waiting list moves up and the event's derived state (seats
 * left, « complet ») follows, after the editor's own transaction has committed. A failure is
 * logged, not thrown: the editor's save stands, and the next registration or cancellation
 * rebalances again.
 */
export function syncSeatsOnEventChanges(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const result = await next();
    const kind = KINDS[context.uid];
    if (!kind || !ACTIONS.has(context.action)) return result;
    const params = context.params as { documentId?: string };
    const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
    if (!documentId) return result;
    await registrationService(strapi)
      .rebalance(kind, documentId)
      .catch((error: Error) => {
        strapi.log.error(`[inscriptions] seats of ${kind} ${documentId} not rebalanced: ${error.message}`);
      });
    return result;
  });
}
