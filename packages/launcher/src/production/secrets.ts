import { REQUIRED_SECRETS } from '../env-file';

/**
 * The values guides and Strapi's own `.env.example` put where a secret goes (`tobemodified`,
 * `toBeModified1`…): copied as they are, they would sign every session and token with a key
 * anyone can read.
 */
const PLACEHOLDER = /^(tobemodified\d*|changeme\d*|change[-_]me|secret|xxx+|\.\.\.|…)$/i;

export interface SecretProblem {
  name: string;
  problem: 'missing' | 'placeholder';
}

/**
 * What is wrong with the secrets the CMS would start with: each one is taken from the
 * environment when set there, even empty, and from the .env file otherwise, as Strapi's dotenv
 * does (it never overrides the environment).
 */
export function secretProblems(env: NodeJS.ProcessEnv, file: Record<string, string | undefined>): SecretProblem[] {
  return REQUIRED_SECRETS.flatMap((name): SecretProblem[] => {
    const value = (Object.hasOwn(env, name) ? env[name] : file[name])?.trim() ?? '';
    if (!value) return [{ name, problem: 'missing' }];
    const keys = name === 'APP_KEYS' ? value.split(',').map((key) => key.trim()) : [value];
    return keys.some((key) => !key || PLACEHOLDER.test(key)) ? [{ name, problem: 'placeholder' }] : [];
  });
}

const ONE = `node -e "console.log(require('node:crypto').randomBytes(24).toString('base64'))"`;
const FOUR = `node -e "console.log(Array.from({ length: 4 }, () => require('node:crypto').randomBytes(24).toString('base64')).join(','))"`;

/** One line per problem, in French (the person deploying reads it): the name, what is wrong, how to make one. */
export function secretProblemLine({ name, problem }: SecretProblem, envFile: string): string {
  const what = problem === 'missing' ? 'absent' : 'garde une valeur d’exemple';
  const how = name === 'APP_KEYS' ? `quatre clés séparées par des virgules : ${FOUR}` : ONE;
  return `${name} ${what} : générez-le avec ${how} et placez-le dans l’environnement ou dans ${envFile}.`;
}
