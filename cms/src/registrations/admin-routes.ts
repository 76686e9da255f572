import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UIDS } from '@reseau-epn/platform';
import { validate, validationError } from '@reseau-epn/platform/strapi';
import { registrationService } from '../api/inscription/services/registration';
import { registerAdminRoutes, type AdminContext, type AdminHandler, type PermissionChecker } from '../utils/admin-route';
import {
  REGISTRATIONS_ADMIN_PATH,
  type AttendanceResponse,
  type CancelRegistrationResponse,
  type EnterRegistrationResponse,
  type RegistrationsListResponse,
} from './admin-contract';
import { attendanceSchema, teamEntrySchema } from './admin-rules';
import { kindOf, readableEvent, refuseRegistrations } from './export-route';
import type { EventKind } from './input';

/** Who acts, for the mail queue's origin: an admin user's id, never their address. */
const actor = (ctx: AdminContext) => `admin #${ctx.state.user?.id ?? '?'}`;

/** The write right on registrations of this event, as the Content Manager decides it (conditions included). */
const mayWrite = (checker: PermissionChecker, sample: object) => checker.can.update() && checker.can.update(sample);

/** Reads the event's path, checks the caller may read its registrations, and, when `write`, update them. */
async function authorize(strapi: Core.Strapi, ctx: AdminContext, write: boolean): Promise<{ kind: EventKind; documentId: string; canWrite: boolean }> {
  const kind = kindOf(ctx.params.kind);
  const documentId = String(ctx.params.documentId ?? '');
  const { checker, sample } = await readableEvent(strapi, ctx.state.userAbility, kind, documentId);
  const canWrite = mayWrite(checker, sample);
  if (write && !canWrite) throw refuseRegistrations();
  return { kind, documentId, canWrite };
}

/**
 * The « Inscriptions » panel's routes (admin-contract.ts). Reading needs the Content Manager's
 * `read` on a registration of this event, writing its `update`: an Animateur of the team of the
 * space where the event is held, a Technicien or a Modérateur. Every seat change goes through the
 * registration service (the event's lock, the waiting list, the mails); the Content Manager
 * itself cannot change seats (guard.ts).
 */
export function registerRegistrationsAdminRoutes(strapi: Core.Strapi): void {
  const service = () => registrationService(strapi);

  const list: AdminHandler = async (ctx) => {
    const { kind, documentId, canWrite } = await authorize(strapi, ctx, false);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: { ...(await service().list(kind, documentId)), canWrite } } satisfies RegistrationsListResponse;
  };

  const enter: AdminHandler = async (ctx) => {
    const { kind, documentId } = await authorize(strapi, ctx, true);
    const entry = validate(teamEntrySchema, ctx.request.body);
    const { issues, registration } = await service().enter(kind, documentId, entry, actor(ctx));
    if (issues.length > 0 || !registration) throw validationError(issues);
    ctx.status = 201;
    ctx.body = { data: registration } satisfies EnterRegistrationResponse;
  };

  const attendance: AdminHandler = async (ctx) => {
    const { kind, documentId } = await authorize(strapi, ctx, true);
    const { attendance: marks } = validate(attendanceSchema, ctx.request.body);
    const { issues, updated } = await service().setAttendance(kind, documentId, marks);
    if (issues.length > 0) throw validationError(issues);
    ctx.body = { data: { updated } } satisfies AttendanceResponse;
  };

  const cancel: AdminHandler = async (ctx) => {
    const registrationId = String(ctx.params.documentId ?? '');
    const found = await strapi.db.query(UIDS.inscription).findOne({
      where: { documentId: registrationId },
      select: ['id'],
      populate: { atelier: { select: ['documentId'] }, formation: { select: ['documentId'] } },
    });
    const kind: EventKind | undefined = found?.atelier ? 'atelier' : found?.formation ? 'formation' : undefined;
    if (!found || !kind) throw new errors.NotFoundError(`Aucune inscription ${registrationId}.`);
    const { checker, sample } = await readableEvent(strapi, ctx.state.userAbility, kind, found[kind].documentId);
    if (!mayWrite(checker, sample)) throw refuseRegistrations();
    const { issues } = await service().cancelByTeam(registrationId, actor(ctx));
    if (issues.length > 0) throw validationError(issues);
    ctx.body = { data: { state: 'annulee' } } satisfies CancelRegistrationResponse;
  };

  registerAdminRoutes(strapi, REGISTRATIONS_ADMIN_PATH, [
    { method: 'GET', path: '/:kind/:documentId', handler: list },
    { method: 'POST', path: '/:kind/:documentId', handler: enter },
    { method: 'POST', path: '/:kind/:documentId/attendance', handler: attendance },
    { method: 'POST', path: '/registration/:documentId/cancel', handler: cancel },
  ]);
}
