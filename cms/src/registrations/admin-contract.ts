/**
 * The admin routes of the « Inscriptions » panel, shared by the server (admin-routes.ts) and the
 * admin panel (cms/src/admin/registrations):
 * - GET  /registrations-admin/:kind/:documentId             the event's registrations and counts
 * - POST /registrations-admin/:kind/:documentId             a registration entered by the team
 * - POST /registrations-admin/:kind/:documentId/attendance  attendance marked after the start
 * - POST /registrations-admin/registration/:documentId/cancel  a registration cancelled by the team
 */
import type { ExportKind } from './export-contract';

/** The admin API has no prefix of its own: the routes are /registrations-admin/… on the CMS. */
export const REGISTRATIONS_ADMIN_PATH = '/registrations-admin';

export type RegistrationState = 'confirmee' | 'en_attente' | 'annulee';

/** One line of the panel's table. */
export interface AdminRegistration {
  documentId: string;
  name: string;
  email: string | null;
  phone: string | null;
  places: number;
  state: RegistrationState;
  accessibilityNeed: string | null;
  attended: boolean | null;
  createdAt: string;
  /** 1 for the first person waiting; null unless waiting. */
  waitingPosition: number | null;
}

/** The event as the panel counts it. */
export interface RegistrationCounts {
  capacity: number | null;
  confirmedPlaces: number;
  waitingPlaces: number;
  waitingRegistrations: number;
  /** Attendance may be marked from the start on. */
  started: boolean;
  /** Neither entries nor cancellations once it is over, nor for a cancelled event. */
  closed: boolean;
}

export interface RegistrationsListResponse {
  data: { counts: RegistrationCounts; registrations: AdminRegistration[]; canWrite: boolean };
}

/** The body of an entry by the team: a name alone is enough for someone who came in person. */
export interface EnterRegistrationRequest {
  name: string;
  email?: string;
  phone?: string;
  places: number;
  accessibilityNeed?: string;
  /** The language of the mails, French by default. */
  language?: 'fr' | 'br' | 'en';
}

export interface EnterRegistrationResponse {
  data: AdminRegistration;
}

export interface AttendanceRequest {
  attendance: { documentId: string; attended: boolean | null }[];
}

export interface AttendanceResponse {
  data: { updated: number };
}

export interface CancelRegistrationResponse {
  data: { state: 'annulee' };
}

const eventPath = (kind: ExportKind, documentId: string) => `${REGISTRATIONS_ADMIN_PATH}/${kind}/${encodeURIComponent(documentId)}`;

/** Paths relative to the CMS, for the admin's fetch client. */
export const registrationsAdminUrls = {
  list: eventPath,
  enter: eventPath,
  attendance: (kind: ExportKind, documentId: string) => `${eventPath(kind, documentId)}/attendance`,
  cancel: (registrationDocumentId: string) => `${REGISTRATIONS_ADMIN_PATH}/registration/${encodeURIComponent(registrationDocumentId)}/cancel`,
};
