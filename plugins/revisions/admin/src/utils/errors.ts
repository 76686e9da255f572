import { isFetchError } from '@strapi/strapi/admin';

/** A request aborted because its component unmounted: nothing to tell the user. */
export const isAbortError = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError';

/** The message to show for a failed request: the server's own (Strapi's error shape), else the fallback. */
export function errorMessage(error: unknown, fallback: string): string {
  if (isFetchError(error)) {
    const message = error.response?.data?.error?.message;
    if (typeof message === 'string' && message.trim()) return message;
  }
  return fallback;
}
