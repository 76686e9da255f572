import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { getCms, type TestCms } from '../../helpers/cms';
import { fullAccessToken } from '../../helpers/tokens';
import { postAtelier, putAtelier, removeAtelier, storedAtelier, WEEKLY_RULE } from './helpers';

let cms: TestCms;
let token: string;
let documentId: string;

/** The days of the atelier's sessions in one locale and state. */
const daysIn = async (locale: string, status: 'draft' | 'published') => (await storedAtelier(cms, documentId, locale, status)).sessions.map((s) => s.day);

beforeAll(async () => {
  cms = await getCms();
  token = await fullAccessToken(cms);
  const created = await postAtelier(cms, token, { recurrence: WEEKLY_RULE });
  documentId = created.body.data.documentId;
  await putAtelier(cms, token, documentId, { title: 'Dizoloiñ e dablezenn', slug: `dizoloin-e-dablezenn-${Date.now()}` }, 'br');
});

afterAll(async () => {
  await removeAtelier(cms, documentId);
});

describe('series in every language', () => {
  it('should give the Breton version the sessions of the French one', async () => {
    expect(await daysIn('br', 'draft')).toEqual(await daysIn('fr', 'draft'));
  });

  it('should update the Breton sessions, draft and published, when the French rule changes and is published', async () => {
    await putAtelier(cms, token, documentId, { recurrence: { ...WEEKLY_RULE, count: 2, exceptions: null } });
    await cms.strapi.documents(UIDS.atelier).publish({ documentId, locale: '*' });

    const days = { draft: await daysIn('br', 'draft'), published: await daysIn('br', 'published') };

    expect(days).toEqual({ draft: ['2027-01-05', '2027-01-12'], published: ['2027-01-05', '2027-01-12'] });
  });
});
