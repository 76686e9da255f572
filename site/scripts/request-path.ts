/**
 * Reads the path of a request for the site server, refusing what no page of the site can be
 * named by: the server answers 400 (or 414) before anything touches the file system, so an
 * odd request can neither throw (decodeURIComponent does, on "%ff") nor name a file by a
 * detour (encoded dots or slashes, backslashes, NUL bytes).
 */

/** Longer paths are refused with 414: the site's longest URL is well under 300 characters. */
export const MAX_PATH_LENGTH = 2048;

export type RequestPath =
  | {
      ok: true;
      /** The decoded segments, none empty, none "." or "..", none holding "/", "\" or a control character. */
      segments: string[];
      /** The path ends with "/": it names a directory (served through its index.html). */
      directory: boolean;
      /** The query string, "?" included, or "". */
      search: string;
    }
  | { ok: false; status: 400 | 414 };

const BAD = { ok: false, status: 400 } as const;
/** C0 controls (NUL included) and DEL: never in a file name the build writes. */
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const CONTROL = /[\u0000-\u001f\u007f]/;

function decodeSegment(segment: string): string | null {
  let decoded: string;
  try {
    // Throws on a bad escape ("%ff", "%zz") and on overlong or otherwise invalid UTF-8 ("%c0%ae").
    decoded = decodeURIComponent(segment);
  } catch {
    return null;
  }
  if (decoded === '.' || decoded === '..' || decoded === '') return null;
  // An encoded "/" would merge two segments; "\" is a separator on Windows hosts.
  if (decoded.includes('/') || decoded.includes('\\') || CONTROL.test(decoded)) return null;
  return decoded;
}

/** The request target as segments, or the status refusing it. Only origin-form targets ("/…") are served. */
export function parseRequestPath(target: string | undefined): RequestPath {
  if (!target?.startsWith('/')) return BAD;
  const queryAt = target.search(/[?#]/);
  const raw = queryAt === -1 ? target : target.slice(0, queryAt);
  const search = queryAt === -1 || target[queryAt] === '#' ? '' : target.slice(queryAt).replace(/#.*$/, '');
  if (raw.length > MAX_PATH_LENGTH) return { ok: false, status: 414 };

  const parts = raw.slice(1).split('/');
  const directory = parts[parts.length - 1] === '';
  if (directory) parts.pop();
  const segments: string[] = [];
  // "//" (an empty segment) is refused too: "//host/" would read as another origin in a Location.
  for (const part of parts) {
    const segment = decodeSegment(part);
    if (segment === null) return BAD;
    segments.push(segment);
  }
  return { ok: true, segments, directory, search };
}

/** A path for the segments, each percent-encoded: ASCII only, safe in a Location header. */
export function pathOf(segments: string[], directory: boolean): string {
  const joined = segments.map(encodeURIComponent).join('/');
  return `/${joined}${directory && joined ? '/' : ''}`;
}
