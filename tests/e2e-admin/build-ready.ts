/**
 * Setup file of the e2e-admin project: the global setup only starts the admin panel's build, so
 * each file waits here for the bundle before its CMS serves it.
 */
import { inject } from 'vitest';
import { waitForStatusFile } from '../helpers/status-file';

await waitForStatusFile(inject('adminBuildStatus'), 'the admin panel build');
