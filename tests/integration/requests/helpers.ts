import { randomBytes } from 'node:crypto';
import { UIDS } from '@reseau-epn/platform';
import type { TestCms } from '../../helpers/cms';
import { newPassword } from '../../helpers/admin-people';

/**
 * A client address of its own per call, as behind the reverse proxy: rate limits count per
 * address. Counted, not drawn: two addresses drawn at random can be the same one, which gave a
 * test that needs two distinct ones its limit at the wrong moment (forum/members/rate-limit, once
 * in 254 runs). The random start keeps a second run in the same Strapi off the first one's counts.
 */
let visitors = randomBytes(2).readUInt16BE();
export const newVisitor = () => {
  visitors = (visitors + 1) % (256 * 254);
  return `203.0.${Math.floor(visitors / 254)}.${(visitors % 254) + 1}`;
};

export const uniqueEmail = (label: string) => `${label}.${randomBytes(4).toString('hex')}@requester.example`;

export interface FormAnswer {
  status: number;
  location: string | null;
  text: string;
}

/** A plain HTML form post, as a browser without JavaScript sends it; redirects are not followed. */
export async function postForm(cms: TestCms, path: string, fields: Record<string, string>, ip: string): Promise<FormAnswer> {
  const response = await fetch(cms.url + path, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', 'x-forwarded-for': ip },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: response.status, location: response.headers.get('location'), text: await response.text() };
}

/** A JSON post, as an API client sends it. */
export function postJson(cms: TestCms, path: string, body: unknown, ip: string) {
  return cms.request(path, { method: 'POST', body, headers: { 'x-forwarded-for': ip } });
}

/** The tracking link's path and query from a mail's text (the link names the configured public URL). */
export function trackingPathIn(text: string): string {
  const match = /https?:\/\/[^\s/]+(\/api\/interventions\/suivi\?token=[A-Za-z0-9._%-]+)/.exec(text);
  if (!match) throw new Error(`no tracking link in: ${text}`);
  return match[1]!;
}

export interface Technician {
  id: number;
  email: string;
}

/** An active admin user of the Technicien role: who is told of new requests. */
export async function createTechnician(cms: TestCms): Promise<Technician> {
  const email = uniqueEmail('technicienne');
  const role = await cms.strapi.db.query(UIDS.adminRole).findOne({ where: { code: 'reseau-technicien' } });
  const user = await cms.strapi.admin!.services.user.create({
    firstname: 'Technicienne',
    lastname: 'Test',
    email,
    password: newPassword(),
    isActive: true,
    roles: [role.id],
  });
  return { id: user.id, email };
}
