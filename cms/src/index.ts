import type { Core } from '@strapi/strapi';
import { applyDeclaredAdminLayouts } from './admin-layouts';
import { applyEspaceFieldVisibility } from './api/espace/apply-field-visibility';
import { keepMachinesNetworkOnly } from './api/machine/network-only';
import { mailAdminInvitations } from './bootstrap/admin-invitations';
import { ensureAdminRoles } from './bootstrap/admin-roles';
import { ensureNetworkApiRoles } from './bootstrap/api-roles';
import { ensureFirstAdmin } from './bootstrap/first-admin';
import { ensureLocales } from './bootstrap/locales';
import { ensureMemberMailSender, ensureMemberSignupConfirmation } from './bootstrap/member-signup';
import { ensurePublicPermissions } from './bootstrap/public-permissions';
import { seedIfEmpty } from './bootstrap/seed-on-empty';
import { registerEventSeries } from './events';
import { requireImageAltText } from './media/require-alt-text';
import { registerParcoursRules } from './parcours/document-middleware';
import { scheduleOutboxPurge } from './providers/email-outbox/purge-schedule';
import { mailRegistrantsOnEventCancelled } from './registrations/event-cancelled';
import { registerRegistrationsAdminRoutes } from './registrations/admin-routes';
import { syncSeatsOnEventChanges } from './registrations/event-sync';
import { registerRegistrationsExportRoute } from './registrations/export-route';
import { guardRegistrationWrites } from './registrations/guard';
import { scheduleRegistrationReminders } from './registrations/reminder';
import { registerReminderModel } from './registrations/reminder-store';
import { scheduleRegistrationPurge } from './registrations/retention';
import { ensureSiteWebhook } from './site-webhook';
import { registerSpaceTeamConditions } from './space-teams/conditions';
import { guardMachineSpace } from './space-teams/machine-space-guard';
import { registerDerivedInventory } from './spaces/derived-inventory-sync';
import { registerLastUpdated } from './spaces/derived-last-updated';
import { mailFichePublications } from './spaces/fiches-publication';
import { registerFichesForSpaceRoute } from './spaces/fiches-route';
import { scheduleMonthlyReminders } from './spaces/monthly-reminder';
import { registerMonthlyReminderModel } from './spaces/monthly-reminder-store';
import { registerValidation } from './validation/document-middleware';
import { registerMachineRules } from './validation/machine-rules';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    applyEspaceFieldVisibility(strapi);
    keepMachinesNetworkOnly(strapi);
    registerEventSeries(strapi);
    registerValidation(strapi);
    registerMachineRules(strapi);
    registerParcoursRules(strapi);
    registerLastUpdated(strapi);
    registerDerivedInventory(strapi);
    requireImageAltText(strapi);
    syncSeatsOnEventChanges(strapi);
    guardRegistrationWrites(strapi);
    mailRegistrantsOnEventCancelled(strapi);
    guardMachineSpace(strapi);
    // Listening before bootstrap: the first start's pending Super Admin is left out by rule, not by order.
    mailAdminInvitations(strapi);
    mailFichePublications(strapi);
    registerMonthlyReminderModel(strapi);
    registerReminderModel(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    // Before the roles: assigning a permission drops conditions not registered yet.
    await registerSpaceTeamConditions(strapi);
    await ensureAdminRoles(strapi);
    await ensurePublicPermissions(strapi);
    await ensureNetworkApiRoles(strapi);
    await ensureMemberSignupConfirmation(strapi);
    await ensureMemberMailSender(strapi);
    await ensureFirstAdmin(strapi);
    await seedIfEmpty(strapi);
    scheduleOutboxPurge(strapi);
    await applyDeclaredAdminLayouts(strapi);
    registerFichesForSpaceRoute(strapi);
    scheduleMonthlyReminders(strapi);
    registerRegistrationsExportRoute(strapi);
    registerRegistrationsAdminRoutes(strapi);
    scheduleRegistrationReminders(strapi);
    scheduleRegistrationPurge(strapi);
    await ensureSiteWebhook(strapi);
  },
};
