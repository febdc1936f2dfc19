/** A worker thread of the annotate CLI (--jobs N): takes tasks, answers each with its Done. */
import { parentPort, workerData } from 'node:worker_threads';
import { bundledKb } from '../lib/kb/index';
import { work, type Task } from './annotate-work';

const { seen, history } = workerData as { seen: string; history: boolean };
const kb = bundledKb();
parentPort!.on('message', (t: Task) => parentPort!.postMessage(work(t, kb, seen, history)));
