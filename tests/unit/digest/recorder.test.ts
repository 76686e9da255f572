import { describe, expect, it } from 'vitest';
import { createRecorder, type Outcome } from '../../../plugins/digest/server/src/sending/recorder';

const AT = new Date('2026-11-23T07:00:00Z');
const sent = (id: number): Outcome => ({ id, status: 'sent', messageId: `<m${id}@x>`, language: 'fr', at: AT });

function recording(size: number, maxWaitMs = 1000, clock = { now: 0 }) {
  const writes: number[][] = [];
  const recorder = createRecorder(
    async (outcomes) => {
      writes.push(outcomes.map((o) => o.id));
    },
    { size, maxWaitMs, now: () => clock.now },
  );
  return { writes, recorder };
}

describe('the delivery records', () => {
  it('should write outcomes in groups of the given size, in the order they came', async () => {
    const { writes, recorder } = recording(2);

    for (const id of [1, 2, 3, 4, 5]) await recorder.record(sent(id));

    expect(writes).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('should write what waits when the batch is flushed', async () => {
    const { writes, recorder } = recording(10);
    await recorder.record(sent(1));
    await recorder.record(sent(2));

    await recorder.flush();

    expect(writes).toEqual([[1, 2]]);
  });

  it('should not keep an outcome waiting longer than the limit when sending is slow', async () => {
    const clock = { now: 0 };
    const { writes, recorder } = recording(10, 250, clock);
    await recorder.record(sent(1));
    clock.now = 300;

    await recorder.record(sent(2));

    expect(writes).toEqual([[1, 2]]);
  });

  it('should reject the flush when the database refuses the write', async () => {
    const recorder = createRecorder(
      async () => {
        throw new Error('database is gone');
      },
      { size: 10, maxWaitMs: 1000 },
    );
    await recorder.record(sent(1));

    await expect(recorder.flush()).rejects.toThrow('database is gone');
  });
});
