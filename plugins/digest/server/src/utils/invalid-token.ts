import { validationError } from '@reseau-epn/platform/strapi';

/** The one answer to a bad, expired or forged link: a 400 on `token` that never says which. */
export function invalidToken() {
  return validationError([{ path: ['token'], message: 'lien invalide ou expiré.' }]);
}
