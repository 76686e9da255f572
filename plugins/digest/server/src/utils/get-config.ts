import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../../../shared/permissions';
import type { DigestConfig } from '../config/schema';

/** Read at each use, not captured at start-up: tests and operators may change it on a live instance. */
export function getConfig(strapi: Core.Strapi): DigestConfig {
  return strapi.config.get(`plugin::${PLUGIN_ID}`) as DigestConfig;
}
