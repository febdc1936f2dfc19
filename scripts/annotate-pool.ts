/**
 * The annotate CLI's worker threads (--jobs N): tasks out to the least busy worker, results
 * back in any order, handed on in input order. At most `depth` tasks per worker are in flight,
 * so memory is bounded and a slow reader of the output slows the reading of the input.
 */
import { Worker } from 'node:worker_threads';
import type { Done, Task } from './annotate-work';

type Finish = (d: Done) => Promise<void> | void;

const WORKER = new URL('./annotate-worker.ts', import.meta.url).href;

export class Pool {
  private workers: { w: Worker; busy: number }[];
  private results = new Map<number, Done>();
  private next = 0;
  private inFlight = 0;
  private wake: (() => void) | null = null;
  private failure: Error | null = null;
  private readonly limit: number;

  constructor(n: number, data: { seen: string; history: boolean }, depth = 4) {
    this.limit = n * depth;
    this.workers = Array.from({ length: n }, () => {
      // The worker is TypeScript like this script: a worker does not inherit tsx's loader, so the
      // thread registers it before importing the worker module.
      const boot = `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(WORKER)}); })`;
      const w = new Worker(boot, { eval: true, workerData: data });
      const slot = { w, busy: 0 };
      w.on('message', (d: Done) => {
        slot.busy--;
        this.inFlight--;
        this.results.set(d.seq, d);
        this.wake?.();
      });
      w.on('error', (e) => {
        this.failure = e;
        this.wake?.();
      });
      return slot;
    });
  }

  /** Sends a task; when too many are out, waits for results and hands on those now in order. */
  async submit(t: Task, finish: Finish): Promise<void> {
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    this.inFlight++;
    slot.w.postMessage(t);
    await this.handOn(finish);
    while (this.inFlight >= this.limit) {
      await this.arrival();
      await this.handOn(finish);
    }
  }

  /** Waits for every task out and hands on the rest. */
  async drain(finish: Finish): Promise<void> {
    while (this.inFlight > 0) {
      await this.arrival();
      await this.handOn(finish);
    }
    await this.handOn(finish);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((s) => s.w.terminate()));
  }

  private arrival(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((ok, fail) => {
      this.wake = () => {
        this.wake = null;
        if (this.failure) fail(this.failure);
        else ok();
      };
    });
  }

  private async handOn(finish: Finish): Promise<void> {
    for (let d = this.results.get(this.next); d; d = this.results.get(this.next)) {
      this.results.delete(this.next);
      this.next++;
      await finish(d);
    }
  }
}
