import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { createEvent, eventRows, newVisitor, person, postJson, REGISTER, registrationsOf, removeEvent, uniqueEmail, type TestEvent } from './helpers';

let cms: TestCms;
let event: TestEvent;
let states: string[];

/**
 * 50 people ask for the last 5 seats at the same moment, each from an address of their own (the
 * rate limit counts per address). Run on SQLite by `npm test` and on PostgreSQL by
 * `npm run test:postgres -- tests/integration/registrations`, where the event's row lock decides.
 */
beforeAll(async () => {
  cms = await getCms();
  event = await createEvent(cms, { capacity: 25, registrationLimit: 20 });
  await postJson(cms, REGISTER, person(event, uniqueEmail('early'), { places: '20' }), newVisitor());
  const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => postJson(cms, REGISTER, person(event, uniqueEmail(`rush${i}`)), newVisitor())));
  if (answers.some((answer) => answer.status !== 201)) throw new Error(`refused: ${JSON.stringify(answers.filter((a) => a.status !== 201))}`);
  states = (await registrationsOf(cms, event)).slice(1).map((row: { state: string }) => row.state);
}, 120_000);

afterAll(async () => {
  await removeEvent(cms, event);
});

describe('50 simultaneous registrations for the last 5 seats', () => {
  it('should confirm exactly 5', () => {
    expect(states.filter((state) => state === 'confirmee')).toHaveLength(5);
  });

  it('should put the 45 others on the waiting list', () => {
    expect(states.filter((state) => state === 'en_attente')).toHaveLength(45);
  });

  it('should leave the event « complet » with no seat left', async () => {
    const rows = await eventRows(cms, event);
    expect(new Set(rows.map((row: { seatsLeft: number; eventStatus: string }) => `${row.seatsLeft} ${row.eventStatus}`))).toEqual(new Set(['0 complet']));
  });
});
