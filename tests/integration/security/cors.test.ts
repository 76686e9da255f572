import { beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';

/** Who may read the CMS's answers from a browser: the site's origin only (SITE_URL, CORS_ORIGINS). */
let cms: TestCms;
const SITE_ORIGIN = new URL(process.env.SITE_URL ?? 'http://localhost:4321').origin;

beforeAll(async () => {
  cms = await getCms();
});

const fromOrigin = (pathname: string, origin: string, method = 'GET') =>
  fetch(cms.url + pathname, { method, headers: { origin, ...(method === 'OPTIONS' ? { 'access-control-request-method': 'POST' } : {}) } });

describe('CORS', () => {
  it.each(['/api/fiches', '/admin/init'])('should not let another origin read %s', async (pathname) => {
    const response = await fromOrigin(pathname, 'https://evil.example');

    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('should refuse another origin’s preflight', async () => {
    const response = await fromOrigin('/api/digest/subscriptions', 'https://evil.example', 'OPTIONS');

    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('should let the site’s origin call the API with credentials', async () => {
    const response = await fromOrigin('/api/digest/subscriptions', SITE_ORIGIN, 'OPTIONS');

    expect(response.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
  });
});
