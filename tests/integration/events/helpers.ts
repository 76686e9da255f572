import { UIDS } from '@reseau-epn/platform';
import type { TestCms } from '../../helpers/cms';
import { sampleData } from '../../helpers/fixtures';

/** « Tous les mardis à 14 h pendant 6 semaines », from the first Tuesday of 2027, with one exception. */
export const WEEKLY_RULE = {
  frequency: 'chaque_semaine',
  weekdays: 'mardi',
  from: '2027-01-05',
  time: '14:00:00.000',
  durationMinutes: 120,
  count: 6,
  exceptions: '19/01/2027',
};

/** POST /api/ateliers with the run's full-access token; `data` overrides the sample's fields. */
export async function postAtelier(cms: TestCms, token: string, data: Record<string, unknown>) {
  return cms.request('/api/ateliers', { method: 'POST', body: { data: { ...sampleData(UIDS.atelier), ...data } }, token });
}

/** PUT /api/ateliers/:documentId (in `locale` when given). */
export async function putAtelier(cms: TestCms, token: string, documentId: string, data: Record<string, unknown>, locale?: string) {
  return cms.request(`/api/ateliers/${documentId}${locale ? `?locale=${locale}` : ''}`, { method: 'PUT', body: { data }, token });
}

export interface StoredSession {
  day: string;
  startsAt: string;
  endsAt: string;
  cancelled: boolean;
  note: string | null;
}

/** The atelier as stored in one locale and state, with its sessions in one shape. */
export async function storedAtelier(cms: TestCms, documentId: string, locale = 'fr', status: 'draft' | 'published' = 'draft') {
  const doc = await cms.strapi.documents(UIDS.atelier).findOne({ documentId, locale, status, populate: ['sessions', 'recurrence'] });
  const sessions: StoredSession[] = (doc?.sessions ?? []).map((s) => ({
    day: String(s.day),
    startsAt: new Date(String(s.startsAt)).toISOString(),
    endsAt: new Date(String(s.endsAt)).toISOString(),
    cancelled: s.cancelled === true,
    note: s.note ?? null,
  }));
  return { startsAt: new Date(String(doc?.startsAt)).toISOString(), endsAt: new Date(String(doc?.endsAt)).toISOString(), sessions };
}

/** Removes the atelier in every locale. */
export async function removeAtelier(cms: TestCms, documentId: string): Promise<void> {
  await cms.strapi.documents(UIDS.atelier).delete({ documentId, locale: '*' });
}

/** The error's field paths of a 400. */
export const errorPaths = (body: { error?: { details?: { errors?: { path: string[] }[] } } }) =>
  (body.error?.details?.errors ?? []).map((e) => e.path.join('.'));
