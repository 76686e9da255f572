import type { Core } from '@strapi/strapi';

type Context = Parameters<Core.MiddlewareHandler>[0];
type Next = Parameters<Core.MiddlewareHandler>[1];

/** A refusal in Strapi's error shape, for a body the parser could not read. */
export interface BodyRefusal {
  status: 400 | 413 | 415;
  name: string;
  message: string;
  /** What is at fault, for a client that reads `details` rather than the message: a header, or the body's key. */
  details: { header: 'Content-Encoding' | 'Content-Length' | 'Content-Type' } | { key: '__proto__' };
}

interface ParserError {
  status?: unknown;
  code?: unknown;
  httpCode?: unknown;
  errno?: unknown;
  /** co-body's: the text it read and could not parse. */
  body?: unknown;
  /** raw-body's: what went wrong while reading (http-errors' `type`). */
  type?: unknown;
  limit?: unknown;
}

/** The encodings the parser inflates (co-body through `inflation`); any other one is a 415. */
const ENCODINGS = 'gzip, deflate, br ou identity';

/**
 * What to answer for an error Strapi's body parser (koa-body) threw, or undefined when it is
 * not one of the failures it lets escape without a status (Strapi would answer those 500):
 * - a body that does not decompress as its Content-Encoding says (zlib's error, no status);
 * - a multipart body formidable cannot read: no boundary, cut short (its `httpCode`, no status);
 * - an encoding co-body does not know, which it already refuses with a 415 in English.
 * Nor one of those it refuses with a 4xx but that Strapi's error middleware, which knows only its
 * own error classes, logs as errors, stack and all, before answering them in English:
 * - JSON that does not parse, is no object or list, or holds a `__proto__` key (co-body's 400);
 * - a body over the parser's limit (raw-body's 413).
 * Anyone can send those, as often as they like: one error and a stack trace each in the log
 * buried what an administrator must see there.
 */
export function bodyRefusal(error: unknown, encoding: string, mediaType: string): BodyRefusal | undefined {
  if (!(error instanceof Error)) return undefined;
  const { status, code, httpCode, errno, body, type, limit } = error as ParserError;
  if (status === 400 && typeof body === 'string') {
    // @hapi/bourne's refusal of a key that would replace the parsed object's prototype.
    return /forbidden prototype property/.test(error.message)
      ? {
          status,
          name: 'BadRequestError',
          details: { key: '__proto__' },
          message: `__proto__ : cette clé est refusée, à toute profondeur du corps (${error.message}).`,
        }
      : {
          status,
          name: 'BadRequestError',
          details: { header: 'Content-Type' },
          message: `Content-Type : le corps ne se lit pas comme « ${mediaType} » l’annonce (${error.message}).`,
        };
  }
  if (type === 'entity.too.large') {
    return {
      status: 413,
      name: 'PayloadTooLargeError',
      details: { header: 'Content-Length' },
      message: `Content-Length : le corps dépasse la taille admise${typeof limit === 'number' ? ` (${limit} octets)` : ''}.`,
    };
  }
  if (status === 415 && /^Unsupported Content-Encoding/.test(error.message)) {
    return {
      status: 415,
      name: 'UnsupportedMediaTypeError',
      details: { header: 'Content-Encoding' },
      message: `Content-Encoding : « ${encoding} » n’est pas pris en charge (${ENCODINGS}).`,
    };
  }
  if (status !== undefined) return undefined;
  // formidable's errors, and only its: a numeric code and the HTTP status it suggests.
  if (typeof code === 'number' && typeof httpCode === 'number') {
    if (httpCode === 413) {
      return {
        status: 413,
        name: 'PayloadTooLargeError',
        details: { header: 'Content-Type' },
        message: `Content-Type : le corps multipart dépasse la taille admise (${error.message}).`,
      };
    }
    return {
      status: 400,
      name: 'BadRequestError',
      details: { header: 'Content-Type' },
      message: `Content-Type : le corps multipart/form-data est illisible, ou sa limite (boundary) manque ou ne correspond pas (${error.message}).`,
    };
  }
  // zlib's errors: a string code (Z_DATA_ERROR, or brotli's) and a numeric errno.
  if (typeof code === 'string' && typeof errno === 'number' && encoding && encoding !== 'identity') {
    return {
      status: 400,
      name: 'BadRequestError',
      details: { header: 'Content-Encoding' },
      message: `Content-Encoding : le corps ne se décompresse pas en « ${encoding} » (${error.message}).`,
    };
  }
  return undefined;
}

/**
 * Placed just before `strapi::body`, whose failures to read a body it answers as the client's
 * (see `bodyRefusal`). The parser sets `ctx.request.body` once it has read the body: an error
 * thrown after that, by the route, goes on to Strapi's error middleware untouched. (A body of a
 * type the parser ignores leaves it unset: then only the parser's own error shapes are answered.)
 */
export default (_config: unknown, _ctx: { strapi: Core.Strapi }) => {
  return async (ctx: Context, next: Next) => {
    try {
      await next();
    } catch (error) {
      const refusal = ctx.request.body === undefined ? bodyRefusal(error, ctx.get('content-encoding').trim().toLowerCase(), ctx.request.type) : undefined;
      if (!refusal) throw error;
      ctx.status = refusal.status;
      ctx.body = { data: null, error: { status: refusal.status, name: refusal.name, message: refusal.message, details: refusal.details } };
    }
  };
};
