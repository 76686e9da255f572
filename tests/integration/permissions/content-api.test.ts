import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCms, type Response, type TestCms } from '../../helpers/cms';
import { API_ROLE_NAMES, apiCallers, callApi, removeCallers, type ApiCaller } from './api-callers';
import { entryData, entryMaker, type EntryMaker } from './entries';
import {
  apiTypes,
  CONTENT_API_ACTIONS,
  contentApiCells,
  expectedFromHeld,
  heldApiActions,
  outcomeOf,
  type ContentApiAction,
  type Table,
  type TypeInfo,
} from './expected';

// What each users-permissions role may do with every type of the CMS over the content API
// (/api/<plural>), as cms/src/bootstrap/public-permissions.ts and api-roles.ts grant it: read the
// public types, published entries only, and nothing else. A visitor, a member and each of the
// network's roles try every action on an entry made for them; one table per role, compared
// whole with the grants.

let cms: TestCms;
let types: TypeInfo[];
let maker: EntryMaker;
let callers: ApiCaller[];
let space: string;

beforeAll(async () => {
  cms = await getCms();
  types = apiTypes(cms.strapi);
  maker = entryMaker(cms);
  callers = await apiCallers(cms);
  space = await maker.space(null);
});

afterAll(async () => {
  await maker.removeAll();
  await removeCallers(cms, callers);
});

/** Every action on one type, in an order that leaves the entry until the end: a wrongly allowed delete spoils nothing. */
async function observeType(caller: ApiCaller, type: TypeInfo): Promise<Table> {
  const documentId = await maker.entry(type.uid, { space, status: 'published' });
  const base = `/api/${type.pluralName}`;
  const locale = type.localized ? '?locale=fr' : '';
  const requests: Record<ContentApiAction, () => Promise<Response>> = {
    find: () => callApi(cms, caller, base + locale),
    findOne: () => callApi(cms, caller, `${base}/${documentId}${locale}`),
    create: () => callApi(cms, caller, base + locale, { method: 'POST', body: { data: entryData(type.uid, null) } }),
    update: () => callApi(cms, caller, `${base}/${documentId}${locale}`, { method: 'PUT', body: { data: {} } }),
    delete: () => callApi(cms, caller, `${base}/${documentId}${locale}`, { method: 'DELETE' }),
  };
  const table: Table = {};
  for (const action of CONTENT_API_ACTIONS) {
    const response = await requests[action]();
    if (action === 'create' && response.body?.data?.documentId) maker.track(type.uid, response.body.data.documentId);
    table[`${type.name} ${action}`] = outcomeOf(response.status);
  }
  return table;
}

describe('the content API, role by role', () => {
  it.each(API_ROLE_NAMES.map((role) => role.name))('should let the %s role do exactly what its grants say, on every type', async (name) => {
    const caller = callers.find((c) => c.name === name)!;
    const held = heldApiActions(cms.strapi, caller.type);
    const expected = expectedFromHeld(contentApiCells(types), (action) => held.has(action));

    const observed: Table = {};
    for (const type of types) Object.assign(observed, await observeType(caller, type));

    expect(observed).toEqual(expected);
  });
});
