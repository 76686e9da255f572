/**
 * What an event page says about registering on the site, decided at build time from the
 * snapshot. The CMS keeps the last word (it refuses a closed event, counts the seats under a
 * lock): the site is rebuilt when an event turns « complet » or back, so the page is at most
 * one build behind.
 */

/** The event's fields this reads (a subset of the `evenements` collection). */
export interface RegistrableEvent {
  startsAt: string;
  eventStatus: 'prevu' | 'complet' | 'annule';
  registrationsOpen: boolean;
  registrationLimit: number;
  registrationClosesAt: string | null;
  seatsLeft: number | null;
}

export type Registration =
  /** No form: registrations are not taken on the site, or the event is cancelled. */
  | { state: 'none' }
  /** Past the closing date (or the start when none is set), as the CMS decides. */
  | { state: 'closed' }
  /**
   * The form. `seatsLeft` null: no capacity, nothing to count; 0: the form puts people on the
   * waiting list.
   */
  | { state: 'open'; seatsLeft: number | null; full: boolean; limit: number };

export function registrationOf(event: RegistrableEvent, now: Date): Registration {
  if (!event.registrationsOpen || event.eventStatus === 'annule') return { state: 'none' };
  // The CMS's rule (registrations/events.ts): closed at the closing date, else at the start.
  if (new Date(event.registrationClosesAt ?? event.startsAt).getTime() <= now.getTime()) return { state: 'closed' };
  const full = event.seatsLeft === 0 || event.eventStatus === 'complet';
  return { state: 'open', seatsLeft: full ? 0 : event.seatsLeft, full, limit: event.registrationLimit };
}
