import type { Core } from '@strapi/strapi';
import type { Author } from '../services/revisions';

/** What the revisions need of a request's caller: an admin user (names) or a member (username). */
interface RequestState {
  user?: { id: number; firstname?: string | null; lastname?: string | null; username?: string | null };
  auth?: { strategy?: { name?: string } };
}

/** Who is saving: the admin user of the request, an API client, or the server itself (seed, scripts). */
export function currentAuthor(strapi: Core.Strapi): Author {
  const ctx = strapi.requestContext.get() as { state?: RequestState } | undefined;
  const user = ctx?.state?.user;
  const strategy = ctx?.state?.auth?.strategy?.name;
  if (user && strategy === 'admin') return { id: user.id, name: [user.firstname, user.lastname].filter(Boolean).join(' ') || 'Administrateur' };
  if (user) return { id: null, name: user.username ?? 'Membre du réseau' };
  if (strategy === 'content-api-token' || strategy === 'api-token') return { id: null, name: 'API' };
  return { id: null, name: 'Réseau EPN' };
}
