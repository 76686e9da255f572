import { DEFAULT_SITE_URL } from '../utils/site-url';

/**
 * What the public request forms read from the environment. Read on each call, so a test or an
 * operator changing a variable needs no restart of this module.
 */
const int = (name: string, fallback: number) => {
  const value = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

/** The public site, where the forms redirect to (confirmation pages). */
export const siteUrl = () => (process.env.SITE_URL || DEFAULT_SITE_URL).replace(/\/+$/, '');

/** The CMS as mail readers reach it: the tracking page is served by the CMS itself. */
export const apiUrl = () => (process.env.PUBLIC_URL || `http://localhost:${process.env.PORT || '1337'}`).replace(/\/+$/, '');

/**
 * Requests per client address and window on each public request route. A whole workshop can sit
 * behind one address, hence not too low; a script filling the technicians' inbox is stopped.
 */
export const rateLimits = () => ({ max: int('REQUESTS_RATE_LIMIT_MAX', 10), windowSeconds: int('REQUESTS_RATE_LIMIT_WINDOW', 3600) });

/** How long a tracking link works: the life of a request, and some. */
export const trackingDays = () => int('REQUESTS_TRACKING_DAYS', 365);
