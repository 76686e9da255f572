/**
 * Setup file of the site project: the global setup (global-setup.ts) only starts the site's
 * builds, so each test file waits here for the shared one before reading or loading its pages.
 */
import { inject } from 'vitest';
import { builtSite } from './global-setup';

await builtSite(inject('siteBuilds').site);
