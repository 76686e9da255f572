import { beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { REGISTRATIONS_ADMIN_PATH } from '../../../cms/src/registrations/admin-contract';
import { mountedRoutes, projectRoutes, type FuzzRoute } from './routes';

let cms: TestCms;
let routes: FuzzRoute[];

beforeAll(async () => {
  cms = await getCms();
  routes = projectRoutes(cms.strapi);
});

const labels = () => routes.map((route) => route.label);

describe('route discovery', () => {
  it('should find the core routes of the project content types', () => {
    expect(labels()).toEqual(expect.arrayContaining(['GET /api/fiches', 'POST /api/fiches', 'PUT /api/fiches/:id', 'DELETE /api/espaces/:id']));
  });

  it('should find the custom routes of the project APIs', () => {
    expect(labels()).toEqual(expect.arrayContaining(['POST /api/interventions/demandes', 'POST /api/inscriptions/demandes', 'GET /api/equipements/catalogue']));
  });

  it('should find the content-API and admin routes of the four plugins', () => {
    expect(labels()).toEqual(
      expect.arrayContaining([
        'POST /api/workflow/:uid/:documentId/transitions/:name',
        'GET /workflow/dashboard',
        'POST /api/forum/topics',
        'POST /moderation/posts/:documentId/:action',
        'GET /api/revisions/history/:uid/:documentId',
        'POST /revisions/:uid/:documentId/:id/restore',
        'POST /api/digest/subscriptions',
        'GET /digest/issues/:id/deliveries',
      ]),
    );
  });

  it('should find the admin routes the app adds in its bootstrap', () => {
    expect(labels()).toEqual(expect.arrayContaining([`POST ${REGISTRATIONS_ADMIN_PATH}/:kind/:documentId`, 'GET /fiches-for-space/:documentId']));
  });

  it('should find only routes the server has mounted', () => {
    const mounted = mountedRoutes(cms.strapi);

    expect(labels().filter((label) => !mounted.has(label))).toEqual([]);
  });

  it("should leave out Strapi's own routes", () => {
    const own =
      /^(GET|POST|PUT|PATCH|DELETE) (\/admin\/|\/api\/(auth|users|upload|i18n)\b|\/(content-manager|content-type-builder|users-permissions|upload|i18n|email)\/)/;

    expect(labels().filter((label) => own.test(label))).toEqual([]);
  });

  it('should tell the content type of every core route', () => {
    const core = routes.filter((route) => /^\/api\/[\w-]+(\/:id)?$/.test(route.path) && route.owner.startsWith('api::'));

    expect(core.filter((route) => !route.model).map((route) => route.label)).toEqual([]);
  });
});
