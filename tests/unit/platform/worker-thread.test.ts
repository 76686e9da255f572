import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WorkerClient } from '@reseau-epn/platform/worker-thread';

type Request = { value?: number; throw?: string; exit?: number; later?: number };
type Answer = { doubled: number; threadId: number };

const WORKER = fileURLToPath(new URL('./fixtures/double-worker.mjs', import.meta.url));
const client = () => new WorkerClient<Request, Answer>('worker de test', WORKER);

describe('WorkerClient and answerRequests', () => {
  it('should answer each of many requests asked at once with its own answer', async () => {
    const worker = client();
    const answers = await Promise.all(Array.from({ length: 50 }, (_, value) => worker.ask({ value })));
    expect(answers.map((a) => a.doubled)).toEqual(Array.from({ length: 50 }, (_, value) => value * 2));
  });

  it('should reject a request the worker threw on with its error, and answer the next on the same worker', async () => {
    const worker = client();
    const { threadId } = await worker.ask({ value: 1 });

    await expect(worker.ask({ throw: 'trop grand' })).rejects.toThrow(/^worker de test: Error: refusé : trop grand/);
    expect(await worker.ask({ value: 2 })).toEqual({ doubled: 4, threadId });
  });

  it('should reject every waiting request when the worker exits, and start a new worker for the next', async () => {
    const worker = client();
    const { threadId } = await worker.ask({ value: 1 });

    const waiting = [worker.ask({ exit: 3 }), worker.ask({ value: 5 })];
    for (const request of waiting) await expect(request).rejects.toThrow('worker de test exited with code 3');
    const next = await worker.ask({ value: 6 });
    expect(next.doubled).toBe(12);
    expect(next.threadId).not.toBe(threadId);
  });

  it('should answer with what a promise of the worker resolves to, or reject with its error, in the order they settle', async () => {
    const worker = client();
    const settled: number[] = [];
    const slow = worker.ask({ value: 1, later: 60 }).then((a) => (settled.push(a.doubled), a));
    const fast = worker.ask({ value: 2, later: 1 }).then((a) => (settled.push(a.doubled), a));

    expect((await Promise.all([slow, fast])).map((a) => a.doubled)).toEqual([2, 4]);
    expect(settled).toEqual([4, 2]);
    await expect(worker.ask({ throw: 'plus tard', later: 1 })).rejects.toThrow(/^worker de test: Error: refusé : plus tard/);
  });

  it('should stop the worker on close, reject what was waiting, and start a new worker for the next request', async () => {
    const worker = client();
    const { threadId } = await worker.ask({ value: 1 });
    const waiting = expect(worker.ask({ value: 2, later: 5_000 })).rejects.toThrow('worker de test was closed');

    await worker.close();

    await waiting;
    const next = await worker.ask({ value: 3 });
    expect(next.doubled).toBe(6);
    expect(next.threadId).not.toBe(threadId);
  });

  it('should reject a request that cannot be sent to the worker, and answer the next', async () => {
    const worker = client();

    await expect(worker.ask({ value: (() => 1) as unknown as number })).rejects.toThrow(/could not be cloned/);
    expect((await worker.ask({ value: 3 })).doubled).toBe(6);
  });

  it('should not keep the process alive once every request is answered or refused', () => {
    const child = spawnSync(process.execPath, [fileURLToPath(new URL('./fixtures/ask-once.mjs', import.meta.url))], { timeout: 20_000, encoding: 'utf8' });

    // A worker left referenced would hold the process until the timeout killed it (status null).
    expect({ status: child.status, stdout: child.stdout.trim(), stderr: child.stderr }).toEqual({ status: 0, stdout: '42', stderr: '' });
  });
});
