import type { CDPSession, Page } from '@playwright/test';

/**
 * A debugger on the extension's service worker, to stop it at an exact point of its work.
 *
 * Playwright's CDP sessions speak to pages only, so the worker is reached from an extension
 * page's session through Target.attachToTarget without `flatten` and messages wrapped in
 * Target.sendMessageToTarget. A breakpoint pauses the worker at a place found in the built
 * background.js; ServiceWorker.stopAllWorkers then stops it there, as the browser does when
 * it ends an idle or busy worker. The next message starts a new worker, without the breakpoint.
 */
export type WorkerDebugger = {
  /** Resolves when the worker is paused at the breakpoint. */
  paused: Promise<void>;
  /** Stops the paused worker and waits until the browser reports it stopped. */
  stop: () => Promise<void>;
};

type Reply = { id?: number; method?: string; params?: Record<string, unknown>; result?: Record<string, unknown>; error?: { message: string } };

export async function breakInWorker(extPage: Page, extId: string, where: RegExp): Promise<WorkerDebugger> {
  const cdp: CDPSession = await extPage.context().newCDPSession(extPage);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url === `chrome-extension://${extId}/background.js`);
  if (!worker) throw new Error('the extension has no running service worker to attach to');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });

  let next = 0;
  const waiting = new Map<number, (r: Reply) => void>();
  const events: ((r: Reply) => void)[] = [];
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    const r = JSON.parse(e.message) as Reply;
    if (r.id !== undefined && waiting.has(r.id)) {
      waiting.get(r.id)!(r);
      waiting.delete(r.id);
    } else for (const on of events) on(r);
  });
  const call = (method: string, params: object = {}) =>
    new Promise<Record<string, unknown>>((ok, fail) => {
      const id = ++next;
      waiting.set(id, (r) => (r.error ? fail(new Error(`${method}: ${r.error.message}`)) : ok(r.result ?? {})));
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(fail);
    });

  const scripts: { scriptId: string; url: string }[] = [];
  let onPaused: () => void = () => undefined;
  const paused = new Promise<void>((ok) => (onPaused = ok));
  events.push((r) => {
    if (r.method === 'Debugger.scriptParsed') scripts.push(r.params as { scriptId: string; url: string });
    if (r.method === 'Debugger.paused') onPaused();
  });
  // Debugger.enable reports every script already parsed before it answers.
  await call('Debugger.enable');
  const script = scripts.find((s) => s.url.endsWith('/background.js'));
  if (!script) throw new Error('background.js is not among the worker scripts');
  const source = (await call('Debugger.getScriptSource', { scriptId: script.scriptId })).scriptSource as string;
  const hit = where.exec(source);
  if (!hit) throw new Error(`no ${where} in the built background.js: the test must follow the code`);
  const lineNumber = source.slice(0, hit.index).split('\n').length - 1;
  const columnNumber = hit.index - (source.lastIndexOf('\n', hit.index - 1) + 1);
  await call('Debugger.setBreakpoint', { location: { scriptId: script.scriptId, lineNumber, columnNumber } });

  // The browser's view of the worker's state, for stop() to wait on.
  const scriptURL = `chrome-extension://${extId}/background.js`;
  // (Seen once is enough: the content script's retry may start a new worker right after.)
  let stopping = false;
  let stopped = false;
  let onStopped: () => void = () => undefined;
  const stoppedOnce = new Promise<void>((ok) => (onStopped = ok));
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    if (e.versions.some((v) => v.scriptURL === scriptURL && v.runningStatus === 'stopped') && stopping && !stopped) {
      stopped = true;
      onStopped();
    }
  });
  await cdp.send('ServiceWorker.enable');

  return {
    paused,
    stop: async () => {
      stopping = true;
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stoppedOnce;
      await cdp.detach().catch(() => undefined);
    },
  };
}
