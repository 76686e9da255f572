/**
 * 409 Conflict: the request is valid but the state of another entry forbids it (a loan overlapping
 * on the same item, a digest run already in progress). Strapi has no typed 409, so services throw
 * this error and controllers answer it in Strapi's error shape with `sendConflict`.
 */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The slice of a Koa context a 409 answer writes. */
export interface ConflictContext {
  status: number;
  body: unknown;
}

/** Answers a 409 the way Strapi answers its typed errors: `{ data: null, error: { status, name, message, details } }`. */
export function sendConflict(ctx: ConflictContext, error: { name?: string; message: string; details?: unknown }): void {
  ctx.status = 409;
  ctx.body = { data: null, error: { status: 409, name: error.name ?? 'ConflictError', message: error.message, details: error.details ?? {} } };
}
