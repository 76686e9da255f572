import type { Core } from '@strapi/strapi';
import type services from '../services';

type Services = typeof services;

/** The plugin's services, typed. */
export function getService<Name extends keyof Services>(strapi: Core.Strapi, name: Name): ReturnType<Services[Name]> {
  return strapi.plugin('digest').service(name) as ReturnType<Services[Name]>;
}
