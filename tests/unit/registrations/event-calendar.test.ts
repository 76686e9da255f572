import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { RegistrableEvent } from '../../../cms/src/registrations/events';
import { eventCalendar, eventWords } from '../../../cms/src/registrations/mails';

const event = (over: Partial<RegistrableEvent> = {}): RegistrableEvent => ({
  kind: 'atelier',
  documentId: 'tablette',
  title: 'Découvrir sa tablette',
  slug: 'decouvrir-sa-tablette',
  startsAt: '2027-03-23T13:00:00.000Z',
  endsAt: '2027-04-06T12:00:00.000Z',
  capacity: 8,
  registrationsOpen: true,
  registrationLimit: 2,
  registrationClosesAt: null,
  eventStatus: 'prevu',
  place: { name: 'PAPI de Pleyben', address: '1 place de la Mairie', postalCode: '29190', commune: 'Pleyben' },
  sessions: [],
  ...over,
});

// Tuesdays at 14:00 Paris across the change to summer time (28 March 2027): 13:00 UTC, then 12:00 UTC.
const SERIES = [
  { day: '2027-03-23', startsAt: '2027-03-23T13:00:00.000Z', endsAt: '2027-03-23T15:00:00.000Z', cancelled: false },
  { day: '2027-03-30', startsAt: '2027-03-30T12:00:00.000Z', endsAt: '2027-03-30T14:00:00.000Z', cancelled: true },
  { day: '2027-04-06', startsAt: '2027-04-06T12:00:00.000Z', endsAt: '2027-04-06T14:00:00.000Z', cancelled: false },
];

/** Each VEVENT of a file as ical.js reads it: UID, Paris start, status, series. */
function read(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => ({
    uid: vevent.getFirstPropertyValue('uid'),
    start: new ICAL.Event(vevent).startDate.toString(),
    status: vevent.getFirstPropertyValue('status'),
    series: vevent.getFirstPropertyValue('x-reseau-epn-series') ?? null,
  }));
}

describe('the .ics of a registration mail', () => {
  it('should give a one-off event as one VEVENT under the feeds’ UID', () => {
    expect(read(eventCalendar(event({ endsAt: '2027-03-23T15:00:00.000Z' }), 'https://epn.example/a/'))).toEqual([
      { uid: 'tablette@reseau-epn', start: '2027-03-23T14:00:00', status: 'CONFIRMED', series: null },
    ]);
  });

  it('should give a series as one VEVENT per session, at 14:00 Paris on both sides of the clock change, the cancelled one CANCELLED', () => {
    expect(read(eventCalendar(event({ sessions: SERIES }), 'https://epn.example/a/'))).toEqual([
      { uid: 'tablette-2027-03-23@reseau-epn', start: '2027-03-23T14:00:00', status: 'CONFIRMED', series: 'tablette@reseau-epn' },
      { uid: 'tablette-2027-03-30@reseau-epn', start: '2027-03-30T14:00:00', status: 'CANCELLED', series: 'tablette@reseau-epn' },
      { uid: 'tablette-2027-04-06@reseau-epn', start: '2027-04-06T14:00:00', status: 'CONFIRMED', series: 'tablette@reseau-epn' },
    ]);
  });
});

describe('the date a registration mail gives', () => {
  it('should say a series’ first session, how many are held and the last one’s day', () => {
    expect(eventWords(event({ sessions: SERIES }), 'fr').when).toBe('mardi 23 mars 2027 à 14:00, première de 2 séances (la dernière le mardi 6 avril 2027)');
  });

  it('should say a one-off event’s date and time alone', () => {
    expect(eventWords(event(), 'fr').when).toBe('mardi 23 mars 2027 à 14:00');
  });
});
