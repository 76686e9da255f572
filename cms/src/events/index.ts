import type { Core } from '@strapi/strapi';
import { registerFacilitatorNames } from './facilitator-names';
import { registerLocaleSync } from './locale-sync';
import { registerSessionsFromRule } from './sessions-from-rule';
import { registerVenueGuard } from './venue-guard';

/**
 * Ateliers and formations as series (issue 15): the venue « hors les murs », sessions from the
 * rule, the facilitators' public names, the same series in every locale. Registered before the field rules
 * (validation/document-middleware.ts) so that those check the dates the sessions give.
 */
export function registerEventSeries(strapi: Core.Strapi): void {
  registerVenueGuard(strapi);
  registerSessionsFromRule(strapi);
  registerFacilitatorNames(strapi);
  registerLocaleSync(strapi);
}
