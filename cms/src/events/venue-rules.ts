/**
 * « Hors les murs »: an event is held either in one of the network's spaces (`place`) or at a
 * free address (`venue`), never both, so the site and the map show one place. A venue placed on
 * the map has both coordinates. Pure: the middleware (venue-guard.ts) passes the write and the
 * stored row.
 */
import type { FieldIssue } from '@reseau-epn/platform/strapi';
import type { EventWrite } from './stored-event';

type RelationChange = { connect?: unknown[]; disconnect?: unknown[]; set?: unknown[] };

const isRelationChange = (value: unknown): value is RelationChange =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && ('connect' in value || 'disconnect' in value || 'set' in value);

/**
 * Whether a to-one relation holds something after the write, for every form the Document
 * Service takes: an id or documentId, `{ documentId }`, a list, `{ set }`, `{ connect, disconnect }`
 * (the Content Manager's, with empty lists when unchanged), or null.
 */
export function relationAfter(value: unknown, before: boolean): boolean {
  if (value === undefined) return before;
  if (value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isRelationChange(value)) {
    if (value.set !== undefined) return value.set.length > 0;
    if ((value.connect?.length ?? 0) > 0) return true;
    return (value.disconnect?.length ?? 0) > 0 ? false : before;
  }
  return true;
}

const present = (value: unknown) => value !== null && value !== undefined && value !== '';

/** Issues of a write: `venue` with a place, a latitude without its longitude (or the reverse). */
export function venueIssues(data: EventWrite, stored: EventWrite | null): FieldIssue[] {
  const venue = 'venue' in data ? data.venue : stored?.venue;
  if (!venue || typeof venue !== 'object') return [];
  const issues: FieldIssue[] = [];
  if (relationAfter(data.place, Boolean(stored?.place))) {
    issues.push({
      path: ['venue'],
      message: 'un événement a lieu dans un espace du réseau ou hors les murs, pas les deux : videz le lieu ou l’adresse hors les murs',
    });
  }
  const { latitude, longitude } = venue as { latitude?: unknown; longitude?: unknown };
  if (present(latitude) && !present(longitude))
    issues.push({ path: ['venue', 'longitude'], message: 'la longitude accompagne la latitude pour placer le lieu sur la carte' });
  if (present(longitude) && !present(latitude))
    issues.push({ path: ['venue', 'latitude'], message: 'la latitude accompagne la longitude pour placer le lieu sur la carte' });
  return issues;
}
