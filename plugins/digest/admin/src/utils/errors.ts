import { isFetchError } from '@strapi/strapi/admin';

/** A request aborted because its component unmounted: nothing to tell the user. */
export const isAbortError = (error: unknown): boolean => error instanceof Error && error.name === 'AbortError';

/** The server's own message (Strapi's error shape: 400 naming the field, 409), else the fallback. */
export function errorMessage(error: unknown, fallback: string): string {
  if (isFetchError(error)) {
    const message = error.response?.data?.error?.message;
    if (typeof message === 'string' && message.trim()) return message;
  }
  return fallback;
}
