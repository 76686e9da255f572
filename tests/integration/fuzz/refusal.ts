import type { FuzzCase } from './fuzz-case';

/**
 * Refusals that name no field by nature, answered by Strapi, its router or Node before any
 * validation: no credentials or rights (401, 403), nothing there (404), wrong method (405),
 * too large (413, 431), unsupported media or charset (415), too many requests (429).
 */
export const STANDARD_REFUSALS = new Set([401, 403, 404, 405, 413, 415, 429, 431]);

/**
 * Known: Strapi's own type parsing (@strapi/utils parse-type, run by the Document Service before
 * the project's validation) refuses a malformed date, time or boolean with a 400 whose message
 * and details name no field. A product gap reported with issue 16, accepted here by its exact
 * messages so that any other refusal naming nothing still fails.
 */
const STRAPI_PARSE_TYPE_MESSAGES = [
  /^Invalid format, expected (a timestamp or an ISO date|an ISO compatible date)$/,
  /^Invalid time format, expected HH:mm:ss\.SSS$/,
  /^Expected a string, got a \w+$/,
  /^Invalid boolean input/,
];

interface ErrorBody {
  data?: unknown;
  error?: { status?: number; name?: string; message?: string; details?: { errors?: { path?: unknown[] }[]; key?: string; path?: string; param?: string } };
}

/** Keys a request carried, at any depth (body, query): a message naming one of them names the field at fault. */
function keysOf(value: unknown, depth = 0): string[] {
  if (depth > 6 || value === null || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => [key, ...keysOf(inner, depth + 1)]);
}

/** The names in a query string's keys: `filters[title][$eq]` gives filters, title and $eq. */
function queryNames(query: string): string[] {
  return [...new URLSearchParams(query).keys()].flatMap((key) => key.split(/[[\]]+/).filter(Boolean));
}

function parse(text: string | undefined): unknown {
  try {
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The names a refusal may cite: the route's fields and parameters, and every key the request sent. */
export function citableNames(request: FuzzCase, fields: string[], params: string[]): string[] {
  const sent = [...keysOf(parse(request.body)), ...queryNames(request.query)];
  return [...new Set(['data', ...fields, ...params, ...sent])].filter((name) => name.length > 0);
}

/** The name as a word of the message (« title : … », "Invalid key $foo"), not as a part of another word. */
function mentions(message: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\w$])${escaped}($|[^\\w])`).test(message);
}

/** Whether a Strapi error names a field: a non-empty `details.errors[].path`, a `details.key` or `param`, or a name in its message. */
function namesAField(error: NonNullable<ErrorBody['error']>, names: string[]): boolean {
  const paths = (error.details?.errors ?? []).filter((entry) => Array.isArray(entry.path) && entry.path.length > 0);
  if (paths.length > 0 || error.details?.key || error.details?.param || error.details?.path) return true;
  const message = error.message ?? '';
  return names.some((name) => mentions(message, name));
}

/**
 * What is wrong with the answer to a fuzzed request, or `undefined` when it is a fair one:
 * never a 5xx; a 4xx in Strapi's error shape naming the field, unless it is one of the standard
 * refusals or the body was not JSON at all (the parser's 400 names nothing but must keep the shape).
 */
export function judge(request: FuzzCase, status: number, text: string, type: string, names: string[]): string | undefined {
  if (status >= 500) return `answered ${status}: ${text.slice(0, 300)}`;
  if (status < 400 || STANDARD_REFUSALS.has(status)) return undefined;
  // The public forms work without JavaScript: a form post is refused with the form's page again, its messages beside the fields.
  if (type.startsWith('text/html') && request.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) return undefined;
  const body = parse(text) as ErrorBody | undefined;
  const error = body?.error;
  if (!error || body?.data !== null || error.status !== status || typeof error.name !== 'string' || typeof error.message !== 'string') {
    return `${status} is not Strapi's error shape: ${text.slice(0, 300)}`;
  }
  // The body parser's refusals (broken JSON, a `__proto__` key, a top-level value that is no
  // object) are answered by cms/src/middlewares/body-errors.ts, naming Content-Type: a SyntaxError
  // here is one Strapi's error middleware answered, after logging it as an error with its stack.
  if (error.name === 'SyntaxError') return `${status} is the parser's own SyntaxError, logged as an error: ${text.slice(0, 300)}`;
  // What did parse (an empty body, `[]`) meets the route's validation, far from what it expects.
  if (request.kind === 'malformed-json' || request.kind === 'headers') return undefined;
  if (STRAPI_PARSE_TYPE_MESSAGES.some((known) => known.test(error.message!))) return undefined;
  return namesAField(error, names) ? undefined : `${status} names no field: ${text.slice(0, 300)}`;
}
