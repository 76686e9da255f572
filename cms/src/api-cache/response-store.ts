/** One public answer as it left the CMS, and the generation of the content it showed. */
export interface StoredResponse {
  generation: string;
  body: string;
  etag: string;
  type: string;
}

/**
 * The answers kept in memory, least recently used first out, bounded in bytes so that a crawler
 * walking every page and filter cannot grow the process: a Map keeps insertion order, and a hit
 * moves its entry to the end.
 */
export class ResponseStore {
  private readonly entries = new Map<string, StoredResponse>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): StoredResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: StoredResponse): void {
    this.delete(key);
    const size = key.length + entry.body.length;
    if (size > this.maxBytes) return;
    this.entries.set(key, entry);
    this.bytes += size;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldest, old);
    }
  }

  delete(key: string, entry = this.entries.get(key)): void {
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= key.length + entry.body.length;
  }

  get size(): number {
    return this.entries.size;
  }
}
