/**
 * Requests to a worker thread and their answers, for the builds that hand work to a machine's
 * other core: the Markdown pipeline (@reseau-epn/markdown/offload) and the site's search indexes
 * (site/src/lib/search/build-offload.ts). Node-only: the package's main entry leaves it out.
 *
 * The worker starts on the first request and keeps the process alive only while a request waits
 * for its answer. A request the worker failed rejects with its error; a worker that crashes or
 * exits rejects every waiting request, and the next request starts a new one.
 */
import { parentPort, Worker, type WorkerOptions } from 'node:worker_threads';

interface Request<Q> {
  id: number;
  request: Q;
}

type Answer<A> = { id: number; answer: A; error?: undefined } | { id: number; error: string };

interface Waiting<A> {
  resolve: (answer: A) => void;
  reject: (error: Error) => void;
}

export class WorkerClient<Q, A> {
  #worker: Worker | undefined;
  #waiting = new Map<number, Waiting<A>>();
  #next = 0;

  /**
   * @param name what error messages call the worker (« Markdown worker »)
   * @param file the worker's module: a path or a file URL, whose code calls answerRequests()
   * @param options Node's, for its thread (its memory's `resourceLimits`, say)
   */
  constructor(
    readonly name: string,
    readonly file: string | URL,
    readonly options: WorkerOptions = {},
  ) {}

  ask(request: Q): Promise<A> {
    const worker = this.#start();
    worker.ref();
    const id = this.#next++;
    return new Promise<A>((resolve, reject) => {
      // Posted first: a request that cannot be copied to the worker throws here, and must not be
      // left waiting (it would keep the process alive). Its answer comes in a later turn.
      worker.postMessage({ id, request } satisfies Request<Q>);
      this.#waiting.set(id, { resolve, reject });
    });
  }

  /** Stops the worker now (a request still waiting is rejected); the next request starts a new one. */
  async close(): Promise<void> {
    const worker = this.#worker;
    if (!worker) return;
    this.#fail(worker, new Error(`${this.name} was closed`));
    await worker.terminate();
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(this.file, this.options);
    worker.on('message', (answer: Answer<A>) => {
      const waiting = this.#waiting.get(answer.id);
      this.#waiting.delete(answer.id);
      if (answer.error !== undefined) waiting?.reject(new Error(`${this.name}: ${answer.error}`));
      else waiting?.resolve(answer.answer);
      // Nothing more asked: the worker must not keep a build's process alive.
      if (this.#waiting.size === 0) worker.unref();
    });
    worker.on('error', (error) => this.#fail(worker, error));
    worker.on('exit', (code) => this.#fail(worker, new Error(`${this.name} exited with code ${code}`)));
    return (this.#worker = worker);
  }

  #fail(worker: Worker, error: Error) {
    // A crash is followed by an exit: the second has nothing left to reject.
    if (this.#worker !== worker) return;
    this.#worker = undefined;
    for (const waiting of this.#waiting.values()) waiting.reject(error);
    this.#waiting.clear();
  }
}

/**
 * The worker's side: answers each request with what `answer` returns (or the promise's value), or
 * with the error it threw. A synchronous answer is posted in the same turn.
 */
export function answerRequests<Q, A>(answer: (request: Q) => A | Promise<A>): void {
  if (!parentPort) throw new Error('answerRequests() runs in a worker thread');
  const port = parentPort;
  const failed = (id: number, error: unknown): Answer<A> => ({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  port.on('message', ({ id, request }: Request<Q>) => {
    let value: A | Promise<A>;
    try {
      value = answer(request);
    } catch (error) {
      port.postMessage(failed(id, error));
      return;
    }
    if (value instanceof Promise)
      value.then(
        (resolved) => port.postMessage({ id, answer: resolved }),
        (error: unknown) => port.postMessage(failed(id, error)),
      );
    else port.postMessage({ id, answer: value } satisfies Answer<A>);
  });
}
