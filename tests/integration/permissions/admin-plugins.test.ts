import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ROLES } from '../../../cms/src/bootstrap/permission-matrix';
import { PERMISSIONS as DIGEST } from '../../../plugins/digest/shared/permissions';
import { PERMISSIONS as MODERATION } from '../../../plugins/moderation/shared/permissions';
import { PERMISSIONS as WORKFLOW } from '../../../plugins/workflow/shared/permissions';
import { getCms, type Response, type TestCms } from '../../helpers/cms';
import { expectedFromHeld, heldPluginActions, outcomeOf, type ActionCell, type Table } from './expected';
import { forumMaker, type ForumMaker } from './forum';
import { adminSessions, removeSessions, type AdminSession } from './sessions';

// The project's plugin actions (plugins/*/shared/permissions.ts) on the admin routes they guard:
// each role of the matrix, and a Super Admin, calls every route with a request that succeeds when
// the role holds the action (the matrix's SHARED_ACTIONS and the role's own `actions`). One table
// per role, compared whole with the matrix's.
type PluginAction = (typeof DIGEST)[keyof typeof DIGEST] | (typeof MODERATION)[keyof typeof MODERATION] | (typeof WORKFLOW)[keyof typeof WORKFLOW];

interface Probe {
  /** The route, as the cell names it. */
  route: string;
  request: (who: AdminSession) => Promise<Response>;
}

let cms: TestCms;
let forum: ForumMaker;
let sessions: AdminSession[];
let author: number;

const get = (path: string) => (who: AdminSession) => cms.request(path, { token: who.adminToken });
const post = (path: string, body: unknown, who: AdminSession) => cms.request(path, { method: 'POST', body, token: who.adminToken });

/** Every action of the three plugins, with the routes it guards; each request acts on an entry made for it. */
const PROBES: Record<PluginAction, Probe[]> = {
  [MODERATION.read]: [
    { route: 'GET /moderation/queue', request: get('/moderation/queue') },
    { route: 'GET /moderation/audit', request: get('/moderation/audit') },
  ],
  [MODERATION.moderate]: [
    {
      route: 'POST /moderation/posts/:documentId/approve',
      request: async (who) => post(`/moderation/posts/${await forum.post(await forum.topic(author), author, 'en_attente')}/approve`, {}, who),
    },
    { route: 'POST /moderation/topics/:documentId/lock', request: async (who) => post(`/moderation/topics/${await forum.topic(author)}/lock`, {}, who) },
  ],
  [MODERATION.ban]: [
    {
      route: 'POST /moderation/members/:documentId/ban',
      request: async (who) => post(`/moderation/members/${(await forum.author()).documentId}/ban`, { reason: 'Essai de la matrice' }, who),
    },
  ],
  [WORKFLOW.read]: [{ route: 'GET /workflow/dashboard', request: get('/workflow/dashboard') }],
  [DIGEST.read]: [
    { route: 'GET /digest/issues', request: get('/digest/issues') },
    { route: 'GET /digest/preview', request: get('/digest/preview?locale=fr') },
  ],
  // Not POST /digest/runs, guarded by the same action: it would send the letter to every subscriber of the run.
  [DIGEST.send]: [
    {
      route: 'POST /digest/test',
      request: (who) => post('/digest/test', { email: `lettre.matrice.${randomBytes(4).toString('hex')}@secret.example`, locale: 'fr' }, who),
    },
  ],
};

const cells: (ActionCell & { probe: Probe })[] = Object.entries(PROBES).flatMap(([action, probes]) =>
  probes.map((probe) => ({ key: `${action} ${probe.route}`, actionId: action, probe })),
);

beforeAll(async () => {
  cms = await getCms();
  forum = forumMaker(cms);
  sessions = await adminSessions(cms);
  author = (await forum.author()).id;
});

afterAll(async () => {
  await forum.removeAll();
  await removeSessions(cms, sessions);
});

describe('the plugins’ admin actions, role by role', () => {
  it.each([...ADMIN_ROLES.map((role) => role.name), 'Super Admin'])('should let the %s call exactly the plugin routes the matrix opens', async (name) => {
    const who = sessions.find((session) => session.name === name)!;

    const observed: Table = {};
    for (const cell of cells) observed[cell.key] = outcomeOf((await cell.probe.request(who)).status);

    expect(observed).toEqual(expectedFromHeld(cells, (action) => heldPluginActions(who.role, action)));
  });
});
