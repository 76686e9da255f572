import { describe, expect, it } from 'vitest';
import { registrationIssues, type RegistrableEvent } from '../../../cms/src/registrations/events';
import { readRegistration } from '../../../cms/src/registrations/input';

const NOW = new Date('2026-12-01T10:00:00Z');
const event = (over: Partial<RegistrableEvent> = {}): RegistrableEvent => ({
  kind: 'atelier',
  documentId: 'doc',
  title: 'Atelier',
  slug: 'atelier',
  startsAt: '2026-12-10T13:00:00Z',
  endsAt: '2026-12-10T15:00:00Z',
  capacity: 10,
  registrationsOpen: true,
  registrationLimit: 4,
  registrationClosesAt: null,
  eventStatus: 'prevu',
  place: null,
  sessions: [],
  ...over,
});
const fieldsOf = (issues: { path: (string | number)[] }[]) => issues.map((issue) => issue.path[0]);

describe('a registration form', () => {
  it('should name both email and phone when neither is given', () => {
    const { input } = readRegistration({ kind: 'atelier', event: 'doc', name: 'Anna', places: '1' });
    expect(fieldsOf(input.issues)).toEqual(['email', 'phone']);
  });

  it('should take a phone number alone', () => {
    const { request } = readRegistration({ kind: 'atelier', event: 'doc', name: 'Anna', phone: '02 98 00 00 00', places: '2' });
    expect(request).toMatchObject({ phone: '02 98 00 00 00', places: 2, locale: 'fr' });
  });

  it('should take the number of places as a JSON number', () => {
    const { request } = readRegistration({ kind: 'formation', event: 'doc', name: 'Anna', email: 'Anna@Example.org', places: 3, locale: 'br' });
    expect(request).toMatchObject({ email: 'anna@example.org', places: 3, locale: 'br', kind: 'formation' });
  });

  it('should refuse zero places', () => {
    const { input } = readRegistration({ kind: 'atelier', event: 'doc', name: 'Anna', email: 'a@example.org', places: '0' });
    expect(fieldsOf(input.issues)).toEqual(['places']);
  });
});

describe('an event’s registration rules', () => {
  it('should accept a registration within the limit while registrations are open', () => {
    expect(registrationIssues(event(), 4, NOW)).toEqual([]);
  });

  it('should name places beyond the per-registration limit', () => {
    expect(fieldsOf(registrationIssues(event(), 5, NOW))).toEqual(['places']);
  });

  it('should refuse when registrations are closed', () => {
    expect(fieldsOf(registrationIssues(event({ registrationsOpen: false }), 1, NOW))).toEqual(['event']);
  });

  it('should refuse after the closing date', () => {
    expect(fieldsOf(registrationIssues(event({ registrationClosesAt: '2026-12-01T09:00:00Z' }), 1, NOW))).toEqual(['event']);
  });

  it('should refuse a cancelled event', () => {
    expect(registrationIssues(event({ eventStatus: 'annule' }), 1, NOW)).toEqual([{ path: ['event'], message: 'cet événement est annulé' }]);
  });
});
