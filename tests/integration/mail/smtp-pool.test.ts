import { randomBytes } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';

let cms: TestCms;
const run = randomBytes(4).toString('hex');
const address = (name: string) => `${name}.${run}@pool.example`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Strapi's email service, which every sender of the platform goes through (cms/config/plugins.ts). */
const send = (to: string, subject: string) =>
  (cms.strapi.plugin('email').service('email') as { send(mail: object): Promise<unknown> }).send({ to, subject, text: subject });

beforeAll(async () => {
  cms = await getCms();
});

afterEach(() => cms.inbox.resetHooks());

describe('the SMTP pool every sender shares', () => {
  it('should send a message again on a new connection when the server times its pooled connections out as it arrives (421)', async () => {
    // A burst, as a digest run or a moderation batch sends: the pool's connections open, then idle.
    const burst = Array.from({ length: 6 }, (_, i) => address(`rafale-${i}`));
    await Promise.all(burst.map((to) => send(to, 'Rafale')));
    cms.inbox.idleTimeoutMs = 100;
    await sleep(300);
    const before = cms.inbox.mailCommands;

    await send(address('apres-la-pause'), 'Après une pause');

    expect(await cms.inbox.waitForTo(address('apres-la-pause'))).toHaveLength(1);
    // At least one idle connection met the server's 421 before a new one took the message.
    expect(cms.inbox.mailCommands - before).toBeGreaterThan(1);
  });

  it('should give up with the 421 once a new connection gets it too (a server shutting down), after one try per pooled connection and one more', async () => {
    const connections = (cms.strapi.config.get('plugin::email.providerOptions') as { maxConnections: number }).maxConnections;
    cms.inbox.idleTimeoutMs = -1;
    const before = cms.inbox.mailCommands;

    await expect(send(address('serveur-en-arret'), 'Serveur en arrêt')).rejects.toMatchObject({ responseCode: 421 });

    expect(cms.inbox.mailCommands - before).toBe(connections + 1);
    expect(cms.inbox.to(address('serveur-en-arret'))).toHaveLength(0);
  });
});
