import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../../../shared/permissions';
import type services from '../services';

type Services = typeof services;

/** The plugin's services, typed. */
export function getService<Name extends keyof Services>(strapi: Core.Strapi, name: Name): ReturnType<Services[Name]> {
  return strapi.plugin(PLUGIN_ID).service(name) as ReturnType<Services[Name]>;
}
