import { describe, expect, it } from 'vitest';
import { ResponseStore } from '../../cms/src/api-cache/response-store';

const entry = (body: string) => ({ generation: 'g1', body, etag: '"e"', type: 'application/json' });

describe("the public cache's store", () => {
  it('should drop the least recently used answers past its size', () => {
    const store = new ResponseStore(30);
    store.set('/a', entry('x'.repeat(10)));
    store.set('/b', entry('x'.repeat(10)));
    store.get('/a');

    store.set('/c', entry('x'.repeat(10)));

    expect([store.get('/a') !== undefined, store.get('/b') !== undefined, store.get('/c') !== undefined]).toEqual([true, false, true]);
  });

  it('should not keep an answer larger than its whole size', () => {
    const store = new ResponseStore(30);

    store.set('/big', entry('x'.repeat(40)));

    expect(store.size).toBe(0);
  });

  it('should count a replaced answer once', () => {
    const store = new ResponseStore(30);
    store.set('/a', entry('x'.repeat(20)));
    store.set('/a', entry('x'.repeat(20)));

    store.set('/b', entry('x'));

    expect(store.size).toBe(2);
  });
});
