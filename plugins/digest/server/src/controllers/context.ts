/** The part of Koa's context the controllers use. */
export interface Context {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: unknown };
  body: unknown;
  status: number;
  type: string;
  accepts(...types: string[]): string | false;
}
