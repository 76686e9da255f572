import { describe, expect, it } from 'vitest';
import { changedSeatFields } from '../../../cms/src/registrations/guard';
import { attendanceIssues, teamEntryIssues, teamEntrySchema } from '../../../cms/src/registrations/admin-rules';
import type { RegistrableEvent } from '../../../cms/src/registrations/events';

const stored = { state: 'confirmee', places: 2, atelier: { id: 7, documentId: 'atelier-a' }, formation: null };

describe('the seat fields an update would change', () => {
  it('should see none in what the edit view sends back unchanged', () => {
    const data = { state: 'confirmee', places: 2, attended: true, atelier: { connect: [], disconnect: [] }, formation: { connect: [], disconnect: [] } };
    expect(changedSeatFields(data, stored)).toEqual([]);
  });

  it('should see the places and the state changed', () => {
    expect(changedSeatFields({ places: 3, state: 'annulee' }, stored)).toEqual(['state', 'places']);
  });

  it('should see a registration moved to another atelier', () => {
    expect(changedSeatFields({ atelier: { connect: [{ documentId: 'atelier-b' }] } }, stored)).toEqual(['atelier']);
  });

  it('should see a registration disconnected from its atelier', () => {
    expect(changedSeatFields({ atelier: { disconnect: [{ id: 7 }] } }, stored)).toEqual(['atelier']);
  });

  it('should see a formation set on a registration for an atelier', () => {
    expect(changedSeatFields({ formation: 'formation-a' }, stored)).toEqual(['formation']);
  });

  it('should accept the same atelier named again', () => {
    expect(changedSeatFields({ atelier: 'atelier-a' }, stored)).toEqual([]);
  });
});

const event = (data: Partial<RegistrableEvent> = {}): RegistrableEvent => ({
  kind: 'atelier',
  documentId: 'e1',
  title: 'Atelier',
  slug: 'atelier',
  startsAt: '2026-12-10T13:00:00.000Z',
  endsAt: '2026-12-10T15:00:00.000Z',
  capacity: 4,
  registrationsOpen: false,
  registrationLimit: 2,
  registrationClosesAt: null,
  eventStatus: 'prevu',
  place: null,
  sessions: [],
  ...data,
});
const before = new Date('2026-12-09T12:00:00.000Z');
const during = new Date('2026-12-10T14:00:00.000Z');

describe('an entry by the team', () => {
  it('should be allowed with the site’s form closed and more places than its limit', () => {
    expect(teamEntryIssues(event(), 3, before)).toEqual([]);
  });

  it('should be refused beyond the capacity, naming `places`', () => {
    expect(teamEntryIssues(event(), 5, before).map((issue) => issue.path)).toEqual([['places']]);
  });

  it('should be allowed at the door once the event has started', () => {
    expect(teamEntryIssues(event(), 1, during)).toEqual([]);
  });

  it('should read a name alone, in French by default', () => {
    expect(teamEntrySchema.parse({ name: '  Yvonne ', places: '2' })).toEqual({ name: 'Yvonne', places: 2, language: 'fr' });
  });
});

describe('attendance', () => {
  const states = new Map([
    ['r1', { state: 'confirmee' }],
    ['r2', { state: 'en_attente' }],
  ]);

  it('should be accepted for a confirmed registration once started', () => {
    expect(attendanceIssues(event(), [{ documentId: 'r1', attended: true }], states, during)).toEqual([]);
  });

  it('should be refused for a registration of another event, naming its documentId', () => {
    expect(attendanceIssues(event(), [{ documentId: 'r9', attended: true }], states, during).map((issue) => issue.path)).toEqual([
      ['attendance', '0', 'documentId'],
    ]);
  });

  it('should be refused before the start, naming `event`', () => {
    expect(attendanceIssues(event(), [{ documentId: 'r1', attended: true }], states, before).map((issue) => issue.path)).toEqual([['event']]);
  });

  it('should be refused for a waiting registration, naming `attended`', () => {
    expect(attendanceIssues(event(), [{ documentId: 'r2', attended: true }], states, during).map((issue) => issue.path)).toEqual([
      ['attendance', '0', 'attended'],
    ]);
  });
});
