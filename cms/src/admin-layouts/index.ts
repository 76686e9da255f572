import type { Core } from '@strapi/strapi';
import { applyAdminLayouts } from './apply';
import { accessFeaturesLayout } from './components/access-features';
import { connectionLayout } from './components/connection';
import { contactLayout } from './components/contact';
import { eventRecurrenceLayout } from './components/event-recurrence';
import { eventSessionLayout } from './components/event-session';
import { eventVenueLayout } from './components/event-venue';
import { logEntryLayout } from './components/log-entry';
import { teamMemberLayout } from './components/team-member';
import { abonneLayout } from './content-types/abonne';
import { atelierLayout } from './content-types/atelier';
import { categorieLayout } from './content-types/categorie';
import { equipementLayout } from './content-types/equipement';
import { espaceLayout } from './content-types/espace';
import { etiquetteLayout } from './content-types/etiquette';
import { ficheLayout } from './content-types/fiche';
import { formationLayout } from './content-types/formation';
import { inscriptionLayout } from './content-types/inscription';
import { interventionLayout } from './content-types/intervention';
import { lettreLayout } from './content-types/lettre';
import { machineLayout } from './content-types/machine';
import { messageLayout } from './content-types/message';
import { parcoursFormationLayout } from './content-types/parcours-formation';
import { pretLayout } from './content-types/pret';
import { sujetLayout } from './content-types/sujet';
import type { AnyAdminLayout } from './types';

/** Every model of cms/src/api and cms/src/components, as the admin shows it. */
export const ADMIN_LAYOUTS: readonly AnyAdminLayout[] = [
  ficheLayout,
  categorieLayout,
  etiquetteLayout,
  espaceLayout,
  machineLayout,
  atelierLayout,
  formationLayout,
  parcoursFormationLayout,
  inscriptionLayout,
  interventionLayout,
  equipementLayout,
  pretLayout,
  sujetLayout,
  messageLayout,
  abonneLayout,
  lettreLayout,
  contactLayout,
  logEntryLayout,
  connectionLayout,
  accessFeaturesLayout,
  teamMemberLayout,
  eventRecurrenceLayout,
  eventSessionLayout,
  eventVenueLayout,
];

/** Applies the declared layouts (see apply.ts); called from the app's bootstrap. */
export function applyDeclaredAdminLayouts(strapi: Core.Strapi): Promise<Record<string, string[]>> {
  return applyAdminLayouts(strapi, ADMIN_LAYOUTS);
}
