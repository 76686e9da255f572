import type { TestCms } from './cms';

const tokens = new Map<string, Promise<string>>();

/**
 * A full-access API token, as the site's build or a trusted script would use: it reads and
 * writes everything the content API exposes, private fields excepted.
 */
export function fullAccessToken(cms: TestCms): Promise<string> {
  const name = 'tests-full-access';
  if (!tokens.has(name)) {
    tokens.set(
      name,
      cms.strapi
        .service('admin::api-token')
        .create({ name, type: 'full-access', lifespan: null, description: 'integration tests' })
        .then((token: { accessKey: string }) => token.accessKey),
    );
  }
  return tokens.get(name)!;
}
