import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Inbox {
  port: number;
  messages: ParsedMail[];
  /** RCPT TO attempts per address, refused ones included. */
  attempts: Map<string, number>;
  /** Set it to refuse recipients: the SMTP code (4xx: try again later, 5xx: never), or null to take them. */
  refuse: (address: string, attempt: number) => number | null;
  /** Set it to act the moment a message is accepted; called with how many have arrived. */
  onMessage: (count: number) => void;
  /**
   * Set it to time sessions out: a connection quiet for longer than this many milliseconds gets
   * `421 Timeout - closing connection` as the answer to its next MAIL FROM, and is closed. That
   * is a server's idle timeout firing the moment a pooled connection's next message arrives, the
   * race a real server's timer leaves to chance, made certain.
   */
  idleTimeoutMs: number;
  /** MAIL FROM commands received, the ones answered 421 included. */
  mailCommands: number;
  /** Resolves once `count` messages have arrived (or rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  /** Messages that arrived for one address. */
  to(address: string): ParsedMail[];
  /** Resolves once `count` messages have arrived for `address`, with them (or rejects after `timeoutMs`). */
  waitForTo(address: string, count?: number, timeoutMs?: number): Promise<ParsedMail[]>;
  /** Resolves with the first message that matches, once it has arrived (or rejects after `timeoutMs`). */
  waitForMatch(matches: (mail: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>;
  /** Takes every recipient, times no session out and acts on no arrival again: what a file changed, undone. */
  resetHooks(): void;
  close(): Promise<void>;
}

/** A real SMTP server on a loopback port; every message is parsed with mailparser. */
export async function startInbox(): Promise<Inbox> {
  const messages: ParsedMail[] = [];
  const attempts = new Map<string, number>();
  /** Session id → when the session last finished a command the idle timeout counts from. */
  const lastActive = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onConnect(session, callback) {
      lastActive.set(session.id, Date.now());
      callback();
    },
    onClose(session) {
      lastActive.delete(session.id);
    },
    onMailFrom(_address, session, callback) {
      inbox.mailCommands++;
      if (Date.now() - (lastActive.get(session.id) ?? Date.now()) > inbox.idleTimeoutMs) {
        return callback(Object.assign(new Error('Timeout - closing connection'), { responseCode: 421 }));
      }
      callback();
    },
    onRcptTo(address, _session, callback) {
      const count = (attempts.get(address.address) ?? 0) + 1;
      attempts.set(address.address, count);
      const code = inbox.refuse(address.address, count);
      if (code === null) return callback();
      callback(Object.assign(new Error(code >= 500 ? 'Mailbox unavailable' : 'Try again later'), { responseCode: code }));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          inbox.onMessage(messages.length);
          lastActive.set(session.id, Date.now());
          callback();
        })
        .catch(callback);
    },
  });
  // smtp-server re-emits each connection's errors on the server: a client that goes away mid-session
  // (a CMS killed on purpose, tests/integration/topology) resets its socket, which is no failure of
  // the inbox; unheard, that event would end the test process.
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const inbox: Inbox = {
    port: (server.server.address() as AddressInfo).port,
    messages,
    attempts,
    refuse: () => null,
    onMessage: () => {},
    idleTimeoutMs: Infinity,
    mailCommands: 0,
    async waitFor(count, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} message(s), got ${messages.length}`);
        await new Promise((r) => setTimeout(r, 25));
      }
      return messages;
    },
    to: (address) => messages.filter((mail) => [mail.to].flat().some((a) => a?.value.some((v) => v.address === address))),
    async waitForTo(address, count = 1, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (inbox.to(address).length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} message(s) for ${address}, got ${inbox.to(address).length}`);
        await new Promise((r) => setTimeout(r, 25));
      }
      return inbox.to(address);
    },
    async waitForMatch(matches, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = messages.find(matches);
        if (found) return found;
        if (Date.now() > deadline) throw new Error('no matching message arrived');
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    resetHooks() {
      inbox.refuse = () => null;
      inbox.onMessage = () => {};
      inbox.idleTimeoutMs = Infinity;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return inbox;
}
