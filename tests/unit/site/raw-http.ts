import { connect } from 'node:net';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The body of a chunked answer. */
function unchunk(bytes: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = bytes.indexOf('\r\n', at);
    const size = parseInt(bytes.subarray(at, lineEnd).toString('latin1'), 16);
    if (!size) return Buffer.concat(parts);
    parts.push(bytes.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}

/**
 * Sends one request exactly as written, as an attacker would: fetch() and http.request() clean
 * the path first ("/a/../b" becomes "/b", control characters are refused), which would hide what
 * the server does with it. The connection closes after the answer.
 */
export function rawRequest(baseUrl: string, method: string, target: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  const head = Object.entries({ Host: `${hostname}:${port}`, Connection: 'close', ...headers })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    // Written without ending our side: a half-closed socket may be dropped before the answer.
    const socket = connect(Number(port), hostname, () => socket.write(Buffer.from(`${method} ${target} HTTP/1.1\r\n${head}\r\n`, 'latin1')));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const bytes = Buffer.concat(chunks);
      const end = bytes.indexOf('\r\n\r\n');
      if (end === -1) return reject(new Error(`no answer to ${method} ${target.slice(0, 80)}`));
      const [statusLine, ...lines] = bytes.subarray(0, end).toString('latin1').split('\r\n');
      const parsed = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      const body = bytes.subarray(end + 4);
      resolve({
        status: Number(statusLine!.split(' ')[1]),
        headers: parsed,
        body: (parsed['transfer-encoding'] === 'chunked' ? unchunk(body) : body).toString('utf8'),
      });
    });
  });
}
