/**
 * The benchmark's SMTP sink, in its own process so it does not share the sender's CPU: takes
 * every message, parses nothing, counts messages, bytes and distinct recipients, and answers
 * `stats` requests over IPC.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

let messages = 0;
let bytes = 0;
const recipients = new Map<string, number>();

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  maxClients: 100,
  onData(stream, session, callback) {
    stream.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
    });
    stream.on('end', () => {
      messages += 1;
      for (const rcpt of session.envelope.rcptTo) recipients.set(rcpt.address, (recipients.get(rcpt.address) ?? 0) + 1);
      callback();
    });
  },
});

server.listen(0, '127.0.0.1', () => {
  process.send!({ type: 'ready', port: (server.server.address() as AddressInfo).port });
});

// The benchmark's process ended (or crashed): nothing left to count for.
process.on('disconnect', () => process.exit(0));

process.on('message', (message: { type: string }) => {
  if (message.type === 'stats') {
    const duplicates = [...recipients.values()].filter((n) => n > 1).length;
    process.send!({ type: 'stats', messages, bytes, recipients: recipients.size, duplicates });
  }
  if (message.type === 'reset') {
    messages = 0;
    bytes = 0;
    recipients.clear();
    process.send!({ type: 'reset' });
  }
  if (message.type === 'close') server.close(() => process.exit(0));
});
