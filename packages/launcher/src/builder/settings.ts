import path from 'node:path';
import { originOf } from '../cms-source';
import { SITE_DIR } from '../paths';

export interface BuilderSettings {
  cmsUrl: string;
  cmsToken: string;
  secret: string;
  adminOrigin: string | null;
  host: string;
  port: number;
  outDir: string;
}

/** What a setting must be, in French: the person deploying reads it. */
const REQUIRED = {
  CMS_URL: 'l’adresse de l’API du CMS, vue du constructeur (par exemple http://127.0.0.1:1337)',
  CMS_TOKEN: 'un jeton d’API « Read-only » créé dans l’administration (Paramètres › Jetons d’API)',
  BUILDER_SECRET: 'le secret que les instances du CMS envoient avec leurs webhooks (la même valeur dans leur environnement)',
} as const;

/**
 * The builder's settings, from its environment (a systemd EnvironmentFile, deploy/): what is
 * missing or wrong is listed, one line each, and nothing starts.
 */
export function builderSettings(env: NodeJS.ProcessEnv): { settings: BuilderSettings } | { problems: string[] } {
  const problems = Object.entries(REQUIRED)
    .filter(([name]) => !env[name]?.trim())
    .map(([name, what]) => `${name} manque : ${what}.`);
  if (env.CMS_URL?.trim() && !originOf(env.CMS_URL.trim())) problems.push(`CMS_URL="${env.CMS_URL}" n’est pas une adresse http(s).`);
  const port = Number(env.BUILDER_PORT ?? 4322);
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`BUILDER_PORT="${env.BUILDER_PORT}" n’est pas un numéro de port.`);
  if (problems.length > 0) return { problems };
  return {
    settings: {
      cmsUrl: env.CMS_URL!.trim().replace(/\/+$/, ''),
      cmsToken: env.CMS_TOKEN!.trim(),
      secret: env.BUILDER_SECRET!.trim(),
      // The admin panel frames the preview; PUBLIC_URL is the CMS's public address, as the CMS reads it.
      adminOrigin: originOf(env.PUBLIC_URL?.trim()),
      host: env.BUILDER_HOST?.trim() || '127.0.0.1',
      port,
      outDir: path.resolve(env.BUILDER_OUT_DIR?.trim() || path.join(SITE_DIR, 'dist')),
    },
  };
}
