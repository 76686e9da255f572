import net from 'node:net';

type SocketCallback = (error: Error | null, socket?: { connection: net.Socket }) => void;

/**
 * nodemailer's `getSocket` hook: each SMTP connection is opened with Nagle's algorithm off.
 * nodemailer 9, which @strapi/provider-email-nodemailer 5.54 depends on, leaves it on, so each
 * SMTP command waits for the server's delayed ACK (40 ms on Linux): the digest's benchmark fell
 * from 250 to 54 messages a second. nodemailer 10.1 turns it off itself; this goes once the
 * provider moves to it. nodemailer still layers TLS (implicit or STARTTLS) on the socket given.
 */
export function noDelaySocket(connectionTimeoutMs = 120_000) {
  return (options: { host?: string; port?: number }, callback: SocketCallback): void => {
    const socket = net.connect({ host: options.host, port: options.port ?? 587, noDelay: true });
    let settled = false;
    const settle = (error: Error | null) => {
      if (settled) return;
      settled = true;
      socket.off('timeout', onTimeout);
      socket.setTimeout(0);
      if (error) {
        socket.destroy();
        callback(error);
      } else {
        callback(null, { connection: socket });
      }
    };
    const onTimeout = () => settle(Object.assign(new Error('Connection timeout'), { code: 'ETIMEDOUT' }));
    socket.setTimeout(connectionTimeoutMs);
    socket.on('timeout', onTimeout);
    // Once connected, nodemailer listens for errors itself; this one only reports a failed connect.
    socket.on('error', (error) => settle(error));
    socket.once('connect', () => settle(null));
  };
}
