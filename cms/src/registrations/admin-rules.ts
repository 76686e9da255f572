import { z } from 'zod';
import type { FieldIssue } from '@reseau-epn/platform/strapi';
import type { RegistrableEvent } from './events';

// Control characters other than tab and newline: nothing a person types, trouble in mail headers.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
const clean = (value: string) => value.replace(CONTROL, '').trim();
const optionalText = (max: number, message: string) =>
  z
    .string({ error: message })
    .transform(clean)
    .pipe(z.string().max(max, { error: message }))
    .optional()
    .nullable()
    .transform((value) => value || undefined);

/**
 * A registration entered by the team. A name alone is enough (someone who came in person); the
 * address, when given, receives the same mails as from the site. Places from 1; their upper bound
 * is the event's capacity (teamEntryIssues), not the site's limit per registration: the team decides.
 */
export const teamEntrySchema = z.object({
  name: z
    .string({ error: 'nom requis' })
    .transform(clean)
    .pipe(z.string().min(1, { error: 'nom requis' }).max(120, { error: '120 caractères au plus' })),
  email: optionalText(254, 'adresse électronique invalide').pipe(z.email({ error: 'adresse électronique invalide' }).optional()),
  phone: optionalText(30, 'numéro de téléphone invalide').pipe(
    z
      .string()
      .regex(/^\+?[0-9 .()-]{6,30}$/, { error: 'numéro de téléphone invalide' })
      .optional(),
  ),
  places: z.coerce
    .number({ error: 'nombre entier de 1 ou plus attendu' })
    .int({ error: 'nombre entier de 1 ou plus attendu' })
    .min(1, { error: 'nombre entier de 1 ou plus attendu' })
    .max(999, { error: '999 places au plus' }),
  accessibilityNeed: optionalText(1000, '1000 caractères au plus'),
  language: z.enum(['fr', 'br', 'en'], { error: 'fr, br ou en' }).optional().default('fr'),
});

export type TeamEntry = z.output<typeof teamEntrySchema>;

export const attendanceSchema = z.object({
  attendance: z
    .array(
      z.object({
        documentId: z.string({ error: 'inscription requise' }).min(1, { error: 'inscription requise' }),
        attended: z.boolean({ error: 'vrai, faux ou null' }).nullable(),
      }),
      { error: 'liste de présences attendue' },
    )
    .min(1, { error: 'liste de présences attendue' }),
});

export type AttendanceMark = z.output<typeof attendanceSchema>['attendance'][number];

/** Whether the event still takes entries and cancellations from the team: not cancelled, not over. */
export function closedIssue(event: RegistrableEvent | null, now = new Date()): FieldIssue | null {
  if (!event) return { path: ['event'], message: 'événement inconnu ou non publié' };
  if (event.eventStatus === 'annule') return { path: ['event'], message: 'cet événement est annulé' };
  if (new Date(event.endsAt) <= now) return { path: ['event'], message: 'cet événement est terminé' };
  return null;
}

/**
 * Why the team may not enter this registration, naming the field. Unlike the site's form, a
 * closed form (registrationsOpen false, past its closing date) does not stop the team.
 */
export function teamEntryIssues(event: RegistrableEvent | null, places: number, now = new Date()): FieldIssue[] {
  const closed = closedIssue(event, now);
  if (closed) return [closed];
  if (event!.capacity !== null && places > event!.capacity)
    return [{ path: ['places'], message: `${event!.capacity} places au plus (la capacité de l’événement)` }];
  return [];
}

/** Attendance is marked from the event's start on, for confirmed registrations of that event only. */
export function attendanceIssues(
  event: RegistrableEvent | null,
  marks: readonly AttendanceMark[],
  registrations: ReadonlyMap<string, { state: string }>,
  now = new Date(),
): FieldIssue[] {
  if (!event) return [{ path: ['event'], message: 'événement inconnu ou non publié' }];
  if (new Date(event.startsAt) > now) return [{ path: ['event'], message: 'la présence se note une fois l’événement commencé' }];
  return marks.flatMap((mark, index): FieldIssue[] => {
    const found = registrations.get(mark.documentId);
    if (!found) return [{ path: ['attendance', String(index), 'documentId'], message: 'pas une inscription de cet événement' }];
    if (found.state !== 'confirmee')
      return [{ path: ['attendance', String(index), 'attended'], message: 'seules les inscriptions confirmées ont une présence' }];
    return [];
  });
}
