import type { Core } from '@strapi/strapi';

interface AccessPayload {
  id?: number | string;
  sessionId?: string;
}
type JwtService = Record<string, unknown> & { verify(token: string): Promise<AccessPayload> };

/**
 * users-permissions (jwtManagement 'refresh') accepts an access token on its signature alone, so
 * one stays valid for its whole lifespan after the session it came from was ended (log-out, a
 * deleted account, a moderator ending a member's sessions). Each request also asks the session
 * store whether that session still exists: one indexed read, and ending a session takes effect
 * at once (plugins/moderation/README.md, « Members and sessions »).
 */
export function requireLiveSession(createJwt: (context: { strapi: Core.Strapi }) => unknown) {
  return (context: { strapi: Core.Strapi }) => {
    const service = createJwt(context) as JwtService;
    const verify = service.verify;
    service.verify = async function (token) {
      const payload = await verify.call(this, token);
      if (payload.sessionId && !(await context.strapi.sessionManager('users-permissions').isSessionActive(payload.sessionId))) {
        throw new Error('Invalid token.');
      }
      return payload;
    };
    return service;
  };
}
