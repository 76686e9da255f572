import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { EVENT_STATE_CHANGED } from '../../../cms/src/api/inscription/services/registration';
import { getCms, type TestCms } from '../../helpers/cms';
import {
  CANCEL,
  cancelPathIn,
  createEvent,
  eventRows,
  newVisitor,
  person,
  postForm,
  postJson,
  REGISTER,
  registrationsOf,
  removeEvent,
  tokenOf,
  uniqueEmail,
  type TestEvent,
} from './helpers';

let cms: TestCms;
const events: TestEvent[] = [];

beforeAll(async () => {
  cms = await getCms();
});

afterEach(async () => {
  for (const event of events.splice(0)) await removeEvent(cms, event);
});

/** An event with `capacity` seats, one confirmed person holding them all and one waiting. */
async function fullEvent(capacity = 2) {
  const event = await createEvent(cms, { title: 'Atelier complet', capacity, registrationLimit: 4 });
  events.push(event);
  const holder = uniqueEmail('holder');
  const waiting = uniqueEmail('waiting');
  await postJson(cms, REGISTER, person(event, holder, { places: String(capacity) }), newVisitor());
  await postJson(cms, REGISTER, person(event, waiting), newVisitor());
  const [confirmation] = await cms.inbox.waitForTo(holder);
  return { event, holder, waiting, cancelPath: cancelPathIn(confirmation!) };
}

const stateOf = async (event: TestEvent, email: string) => (await registrationsOf(cms, event)).find((row: { email: string }) => row.email === email)?.state;

describe('the waiting list', () => {
  it('should put a registration beyond the capacity on the waiting list', async () => {
    const { event, waiting } = await fullEvent();
    expect(await stateOf(event, waiting)).toBe('en_attente');
  });

  it('should mail the waiting-list notice with the cancel link', async () => {
    const { waiting } = await fullEvent();
    const [mail] = await cms.inbox.waitForTo(waiting);
    expect(mail!.subject).toBe('Liste d’attente : Atelier complet');
    expect(cancelPathIn(mail!)).toContain('lang=fr');
  });

  it('should show the event « complet » with no seat left, in its draft and published rows', async () => {
    const { event } = await fullEvent();
    const rows = await eventRows(cms, event);
    expect(rows).toHaveLength(2);
    expect(rows.map((row: { seatsLeft: number; eventStatus: string }) => [row.seatsLeft, row.eventStatus])).toEqual([
      [0, 'complet'],
      [0, 'complet'],
    ]);
  });
});

describe('the site', () => {
  it('should be told once when the event turns « complet »', async () => {
    const seen: string[] = [];
    const off = cms.strapi.eventHub.on(EVENT_STATE_CHANGED, async (payload: { documentId: string }) => {
      seen.push(payload.documentId);
    });
    const { event } = await fullEvent();
    off();
    expect(seen).toEqual([event.documentId]);
  });
});

describe('cancelling through the personal link', () => {
  it('should show a confirmation page with a POST button and cancel nothing on GET', async () => {
    const { event, holder, cancelPath } = await fullEvent();
    const response = await fetch(cms.url + cancelPath, { headers: { 'x-forwarded-for': newVisitor() } });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('<form method="post" action="/api/inscriptions/annulation">');
    expect(await stateOf(event, holder)).toBe('confirmee');
  });

  it('should cancel on POST and confirm it by mail', async () => {
    const { event, holder, cancelPath } = await fullEvent();
    const answer = await postForm(cms, CANCEL, { token: tokenOf(cancelPath), lang: 'fr' }, newVisitor());
    const mails = await cms.inbox.waitForTo(holder, 2);
    expect(answer.status).toBe(200);
    expect(await stateOf(event, holder)).toBe('annulee');
    expect(mails.map((mail) => mail.subject)).toContain('Inscription annulée : Atelier complet');
  });

  it('should move the first person waiting up and tell them by mail with the .ics', async () => {
    const { event, waiting, cancelPath } = await fullEvent();
    await postForm(cms, CANCEL, { token: tokenOf(cancelPath), lang: 'fr' }, newVisitor());
    const mails = await cms.inbox.waitForTo(waiting, 2);
    const movedUp = mails.find((mail) => mail.subject === 'Une place s’est libérée : Atelier complet')!;
    expect(await stateOf(event, waiting)).toBe('confirmee');
    expect(movedUp.attachments.map((file) => file.contentType)).toEqual(['text/calendar']);
  });

  it('should give the freed seats back to the event once nobody waits', async () => {
    const { event, waiting, cancelPath } = await fullEvent(3);
    await postForm(cms, CANCEL, { token: tokenOf(cancelPath), lang: 'fr' }, newVisitor());
    await cms.inbox.waitForTo(waiting, 2);
    const rows = await eventRows(cms, event);
    expect(rows.map((row: { seatsLeft: number; eventStatus: string }) => [row.seatsLeft, row.eventStatus])).toEqual([
      [2, 'prevu'],
      [2, 'prevu'],
    ]);
  });

  it('should answer a second POST of the same link as already cancelled, moving nobody else', async () => {
    const { event, cancelPath } = await fullEvent();
    await postJson(cms, REGISTER, person(event, uniqueEmail('third'), { places: '2' }), newVisitor());
    await postForm(cms, CANCEL, { token: tokenOf(cancelPath), lang: 'fr' }, newVisitor());
    const again = await postForm(cms, CANCEL, { token: tokenOf(cancelPath), lang: 'fr' }, newVisitor());
    const states = (await registrationsOf(cms, event)).map((row: { state: string }) => row.state);
    expect(again.text).toContain('Cette inscription est déjà annulée.');
    expect(states).toEqual(['annulee', 'confirmee', 'en_attente']);
  });

  it('should refuse a forged link with 404', async () => {
    const { cancelPath } = await fullEvent();
    const forged = tokenOf(cancelPath).replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
    const answer = await postJson(cms, CANCEL, { token: forged }, newVisitor());
    expect(answer.status).toBe(404);
  });
});

describe('an editor raising the capacity', () => {
  it('should move up the waiting registrations that now fit, with their mail', async () => {
    const { event, waiting } = await fullEvent();
    await cms.strapi.documents(UIDS.atelier).update({ documentId: event.documentId, locale: 'fr', data: { capacity: 3 } });
    await cms.strapi.documents(UIDS.atelier).publish({ documentId: event.documentId, locale: 'fr' });
    const mails = await cms.inbox.waitForTo(waiting, 2);
    expect(await stateOf(event, waiting)).toBe('confirmee');
    expect(mails.map((mail) => mail.subject)).toContain('Une place s’est libérée : Atelier complet');
  });
});
