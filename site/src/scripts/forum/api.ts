/**
 * The island's door to the CMS. The member's access token lives in this module's memory only,
 * never in localStorage or a readable cookie: a script injected into the page could read those
 * and take the session away. The refresh token is an httpOnly cookie the CMS sets and reads
 * itself (credentials: 'include'); each page load trades it for a fresh access token.
 */

export interface ApiError {
  status: number;
  message: string;
  /** Field errors: `path` names the field (Strapi's ValidationError details). */
  errors: { path: string[]; message: string }[];
  /** Everything the server sent about the error (a 409's existing topic, for instance). */
  details: Record<string, unknown>;
}

export type Answer<T> = { ok: true; status: number; data: T } | { ok: false; status: number; error: ApiError };

export interface Member {
  documentId: string;
  username: string;
}

type Listener = (member: Member | null) => void;

export class ForumApi {
  private jwt: string | null = null;
  private member: Member | null = null;
  private readonly listeners: Listener[] = [];

  constructor(private readonly base: string) {}

  get current(): Member | null {
    return this.member;
  }

  onSession(listener: Listener): void {
    this.listeners.push(listener);
  }

  private setSession(jwt: string | null, member: Member | null): void {
    this.jwt = jwt;
    this.member = member;
    for (const listener of this.listeners) listener(member);
  }

  private async send<T>(method: string, path: string, body?: unknown, withToken = true): Promise<Answer<T>> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (withToken && this.jwt) headers.authorization = `Bearer ${this.jwt}`;
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers,
      credentials: 'include',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json().catch(() => ({}))) as { data?: T; error?: Partial<ApiError> & { details?: { errors?: ApiError['errors'] } } };
    if (response.ok) return { ok: true, status: response.status, data: (json.data ?? json) as T };
    const details = (json.error?.details ?? {}) as Record<string, unknown>;
    return {
      ok: false,
      status: response.status,
      error: { status: response.status, message: json.error?.message ?? '', errors: json.error?.details?.errors ?? [], details },
    };
  }

  /** A call as the member: once more after a refresh when the access token has expired. */
  async call<T>(method: string, path: string, body?: unknown): Promise<Answer<T>> {
    const first = await this.send<T>(method, path, body);
    if (first.ok || first.status !== 401 || !this.jwt) return first;
    return (await this.refresh()) ? this.send<T>(method, path, body) : first;
  }

  /** A public call (no token). */
  get<T>(path: string): Promise<Answer<T>> {
    return this.send<T>('GET', path, undefined, false);
  }

  /** Trades the refresh cookie for an access token; false when there is no session. */
  async refresh(): Promise<boolean> {
    const answer = await this.send<{ jwt: string }>('POST', '/api/auth/refresh', {}, false);
    if (!answer.ok) {
      // Told even when nobody was logged in: the page's parts wait for this first answer.
      this.setSession(null, null);
      return false;
    }
    this.jwt = answer.data.jwt;
    const me = await this.send<Member>('GET', '/api/forum/me');
    this.setSession(answer.data.jwt, me.ok ? { documentId: me.data.documentId, username: me.data.username } : null);
    return me.ok;
  }

  async login(identifier: string, password: string): Promise<Answer<{ jwt: string; user: { documentId: string; username: string } }>> {
    const answer = await this.send<{ jwt: string; user: { documentId: string; username: string } }>('POST', '/api/auth/local', { identifier, password }, false);
    if (answer.ok) this.setSession(answer.data.jwt, { documentId: answer.data.user.documentId, username: answer.data.user.username });
    return answer;
  }

  async logout(): Promise<void> {
    await this.send('POST', '/api/auth/logout', {}).catch(() => undefined);
    this.setSession(null, null);
  }

  /** After a profile change of the display name. */
  rename(username: string): void {
    if (this.member) this.setSession(this.jwt, { ...this.member, username });
  }
}
