import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { getCms, type Response, type TestCms } from '../../helpers/cms';
import { API_ROLE_NAMES, apiCallers, removeCallers, type ApiCaller } from './api-callers';
import { entryMaker, type EntryMaker } from './entries';
import { expectedFromHeld, heldApiActions, outcomeOf, type ActionCell, type Table } from './expected';
import { forumMaker, type ForumMaker } from './forum';

// The plugins' content-API actions (the workflow's routes, the forum's member routes) that
// api-roles.ts and public-permissions.ts grant: each is tried by a visitor, a member and each of
// the network's roles, with a request that succeeds when the role holds it. One table per role.
const INTERVENTION = UIDS.intervention;
const FICHE = UIDS.fiche;

let cms: TestCms;
let maker: EntryMaker;
let forum: ForumMaker;
let callers: ApiCaller[];
let space: string;
/** Who writes the topics and posts the callers reply to and flag. */
let author: number;
let topic: string;

/** One request per action, made for the caller: their own entries where the action is about theirs. */
const PROBES: Record<string, (caller: ApiCaller) => Promise<Response>> = {
  'plugin::workflow.workflow.state': async (caller) => {
    const id = await maker.entry(INTERVENTION, { space, creator: caller.adminId });
    return cms.request(`/api/workflow/${INTERVENTION}/${id}`, { token: caller.jwt ?? undefined });
  },
  'plugin::workflow.workflow.fire': async (caller) => {
    const id = await maker.entry(FICHE, { space, creator: caller.adminId });
    return cms.request(`/api/workflow/${FICHE}/${id}/transitions/soumettre`, { method: 'POST', body: {}, token: caller.jwt ?? undefined });
  },
  'plugin::workflow.workflow.createFiche': async (caller) => {
    const id = await maker.entry(INTERVENTION, { space, creator: caller.adminId });
    // Solved, as a fiche is made from a solved intervention; the state is set around the workflow, as a test's arrangement.
    await cms.strapi.db.query(INTERVENTION).updateMany({ where: { documentId: id }, data: { state: 'resolue' } });
    const response = await cms.request(`/api/workflow/interventions/${id}/fiche`, { method: 'POST', body: {}, token: caller.jwt ?? undefined });
    if (response.body?.data?.documentId) maker.track(FICHE, response.body.data.documentId);
    return response;
  },
  'plugin::moderation.forum.myPosts': (caller) => cms.request('/api/forum/me/posts', { token: caller.jwt ?? undefined }),
  'plugin::moderation.forum.createTopic': async (caller) =>
    cms.request('/api/forum/topics', {
      method: 'POST',
      body: { title: 'Une question de la matrice', category: await forum.categorySlug(), body: 'Bonjour, une question.' },
      token: caller.jwt ?? undefined,
    }),
  'plugin::moderation.forum.reply': (caller) =>
    cms.request(`/api/forum/topics/${topic}/posts`, { method: 'POST', body: { body: 'Une réponse de la matrice.' }, token: caller.jwt ?? undefined }),
  'plugin::moderation.forum.edit': async (caller) => {
    const post = await forum.post(topic, caller.userId ?? author);
    return cms.request(`/api/forum/posts/${post}`, { method: 'PUT', body: { body: 'Modifié par la matrice.' }, token: caller.jwt ?? undefined });
  },
  'plugin::moderation.forum.flag': async (caller) => {
    const post = await forum.post(topic, author);
    return cms.request(`/api/forum/posts/${post}/flags`, { method: 'POST', body: { reason: 'spam' }, token: caller.jwt ?? undefined });
  },
};

/** Cells left out, by role type and action, each with the reason the live API differs on purpose. */
const KNOWN_DIFFERENCES: Readonly<Record<string, readonly string[]>> = {
  // Known difference: every network role holds createFiche (api-roles.ts: « they may call the
  // workflow routes, whose engine checks »), and the service lets only Techniciens and Modérateurs
  // make a fiche from an intervention (plugins/workflow/…/fiche-from-intervention.ts, 403).
  animateur: ['plugin::workflow.workflow.createFiche'],
};

const cells = (type: string): ActionCell[] =>
  Object.keys(PROBES)
    .filter((action) => !(KNOWN_DIFFERENCES[type] ?? []).includes(action))
    .map((action) => ({ key: action, actionId: action }));

beforeAll(async () => {
  cms = await getCms();
  maker = entryMaker(cms);
  forum = forumMaker(cms);
  callers = await apiCallers(cms);
  space = await maker.space(null);
  author = (await forum.author()).id;
  topic = await forum.topic(author);
});

afterAll(async () => {
  await forum.removeAll();
  await maker.removeAll();
  await removeCallers(cms, callers);
});

describe('the plugins’ content-API actions, role by role', () => {
  it('should try every plugin action a content-API role holds', () => {
    const held = new Set(API_ROLE_NAMES.flatMap((role) => [...heldApiActions(cms.strapi, role.type)].filter((action) => action.startsWith('plugin::'))));

    expect(Object.keys(PROBES).sort()).toEqual([...held].sort());
  });

  it.each(API_ROLE_NAMES.map((role) => role.name))('should let the %s role call exactly the plugin routes its grants open', async (name) => {
    const caller = callers.find((c) => c.name === name)!;
    const held = heldApiActions(cms.strapi, caller.type);
    const tried = cells(caller.type);

    const observed: Table = {};
    for (const cell of tried) observed[cell.key] = outcomeOf((await PROBES[cell.actionId]!(caller)).status);

    expect(observed).toEqual(expectedFromHeld(tried, (action) => held.has(action)));
  });
});
