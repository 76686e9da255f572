import { isFetchError } from '@strapi/strapi/admin';

/** A request aborted because its component unmounted (the fetch client aborts them): nothing to tell the user. */
export const isAbortError = (error: unknown): boolean => typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError';

/**
 * The message to show for a failed request: the server's own when it sent one (Strapi's error
 * shape: a 400 naming the field, a 403, a plugin's 409), else the fallback.
 */
export function errorMessage(error: unknown, fallback: string): string {
  if (isFetchError(error)) {
    const message = error.response?.data?.error?.message;
    if (typeof message === 'string' && message.trim()) return message;
  }
  return fallback;
}
