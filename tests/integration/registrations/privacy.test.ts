import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { createEvent, newVisitor, person, postJson, REGISTER, removeEvent, uniqueEmail, type TestEvent } from './helpers';

let cms: TestCms;
let atelier: TestEvent;
let formation: TestEvent;
const EMAIL = uniqueEmail('secret-registrant');
const NAME = 'Registrant Secretname';
const NEED = 'Besoin secret d’accessibilité';
const PHONE = '07 77 77 77 77';

beforeAll(async () => {
  cms = await getCms();
  atelier = await createEvent(cms, { capacity: 1 });
  formation = await createEvent(cms, { capacity: 1 }, 'formation');
  for (const event of [atelier, formation]) {
    await postJson(cms, REGISTER, person(event, EMAIL, { name: NAME, phone: PHONE, accessibilityNeed: NEED }), newVisitor());
  }
});

afterAll(async () => {
  await removeEvent(cms, atelier);
  await removeEvent(cms, formation);
});

const leaks = (text: string) => [EMAIL, NAME, NEED, PHONE, 'cancelTokenHash'].filter((secret) => text.includes(secret));

describe('registrants’ data in public responses', () => {
  it.each(['/api/ateliers?populate=*', '/api/formations?populate=*', '/api/ateliers?populate[place][populate]=*&locale=*', '/api/espaces?populate=*'])(
    'should not appear in %s',
    async (path) => {
      const response = await fetch(cms.url + path);
      expect(leaks(await response.text())).toEqual([]);
    },
  );

  it('should show the event’s derived seats only', async () => {
    const response = await cms.request(`/api/ateliers/${atelier.documentId}`);
    expect(response.body.data).toMatchObject({ seatsLeft: 0, eventStatus: 'complet', registrationsOpen: true });
  });

  it.each(['/api/inscriptions', '/api/inscriptions?populate=*'])('should refuse %s to a visitor', async (path) => {
    const response = await cms.request(path);
    expect(response.status).toBe(403);
  });

  it('should refuse the core create route to a visitor', async () => {
    const response = await cms.request('/api/inscriptions', { method: 'POST', body: { data: { name: 'x', places: 1 } } });
    expect(response.status).toBe(403);
  });
});
