import type { Core } from '@strapi/strapi';
import { deriveKey, signToken, verifyToken, type TokenPurpose } from '../digest/tokens';
import { getConfig } from '../utils/get-config';

const HOUR_MS = 3_600_000;

/** Signed links for one subscriber: a confirmation that expires, a management link that does not. */
export const signing = ({ strapi }: { strapi: Core.Strapi }) => {
  let key: Buffer | undefined;
  const signingKey = () => (key ??= deriveKey(getConfig(strapi).secret, (strapi.config.get('server.app.keys') as string[] | undefined) ?? []));

  return {
    confirmToken(documentId: string, now = new Date()): string {
      return signToken(signingKey(), 'confirm', documentId, new Date(now.getTime() + getConfig(strapi).confirmationHours * HOUR_MS));
    },
    /** Preferences and unsubscription: links in every letter must keep working. */
    manageToken(documentId: string): string {
      return signToken(signingKey(), 'manage', documentId);
    },
    /** The subscriber's documentId, or null for an invalid, expired or other-purpose token. */
    verify(token: string, purpose: TokenPurpose, now = new Date()): string | null {
      return verifyToken(signingKey(), token, purpose, now);
    },
  };
};

export type SigningService = ReturnType<typeof signing>;
