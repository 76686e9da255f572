import { afterEach, describe, expect, it } from 'vitest';
import { siteCspDirectives, withPolicyMeta } from '../../../site/src/lib/csp';

const saved = { SITE_TILE_URL: process.env.SITE_TILE_URL, SITE_CMS_PUBLIC_URL: process.env.SITE_CMS_PUBLIC_URL, CMS_URL: process.env.CMS_URL };
afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

const directive = (name: string) => siteCspDirectives().find((d) => d.startsWith(`${name} `));

describe('the site’s CSP directives', () => {
  it('should let forms post and scripts connect to the CMS as browsers reach it', () => {
    process.env.SITE_CMS_PUBLIC_URL = 'https://cms.reseau-epn.example/';

    expect([directive('form-action'), directive('connect-src')]).toEqual([
      "form-action 'self' https://cms.reseau-epn.example",
      "connect-src 'self' https://cms.reseau-epn.example",
    ]);
  });

  it('should allow the map’s tiles from each subdomain a {s} template spreads them over', () => {
    process.env.SITE_CMS_PUBLIC_URL = 'https://cms.reseau-epn.example';
    process.env.SITE_TILE_URL = 'https://{s}.tuiles.example.org/{z}/{x}/{y}.png';

    expect(directive('img-src')).toBe(
      "img-src 'self' data: https://cms.reseau-epn.example https://a.tuiles.example.org https://b.tuiles.example.org https://c.tuiles.example.org",
    );
  });

  it('should allow no tile server when none is set', () => {
    process.env.SITE_CMS_PUBLIC_URL = 'https://cms.reseau-epn.example';
    delete process.env.SITE_TILE_URL;

    expect(directive('img-src')).toBe("img-src 'self' data: https://cms.reseau-epn.example");
  });
});

describe('a policy added to a whole document', () => {
  it('should come first in the head, before anything it governs', () => {
    expect(withPolicyMeta('<!doctype html><html lang="fr"><head><title>t</title><script>x()</script></head></html>', "script-src 'none'")).toBe(
      `<!doctype html><html lang="fr"><head><meta http-equiv="content-security-policy" content="script-src 'none'"><title>t</title><script>x()</script></head></html>`,
    );
  });

  it('should open the document when it has no head', () => {
    expect(withPolicyMeta('<html><body>lettre</body></html>', "default-src 'none'")).toBe(
      `<html><meta http-equiv="content-security-policy" content="default-src 'none'"><body>lettre</body></html>`,
    );
  });
});
