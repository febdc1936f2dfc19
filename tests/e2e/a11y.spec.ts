import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type BrowserContext } from '@playwright/test';
import { extensionId, launchWithExtension, samplePages, servePages, waitForDecision, type PageServer } from '../../scripts/harness';
import { openView, VIEWS } from './popup-views';

// Every view of the popup and the options page, in the light and the dark colour scheme, checked
// by axe-core against WCAG 2.1 A and AA: not one violation.
let server: PageServer;
let context: BrowserContext;
let extId: string;
let tabId: number;

test.beforeAll(async () => {
  server = await servePages();
  context = await launchWithExtension();
  extId = await extensionId(context);
  // An article whose popup shows actors, earlier events and contacts: "this page" at its fullest.
  const article = samplePages().find((p) => p.seed?.startsWith('000'))!;
  const page = await context.newPage();
  await page.goto(server.urlOf(article));
  tabId = (await waitForDecision(context, server.urlOf(article))).tabId;
});

test.afterAll(async () => {
  await context?.close();
  await server?.close();
});

for (const scheme of ['light', 'dark'] as const) {
  for (const view of VIEWS) {
    test(`axe WCAG 2.1 AA, ${view}, ${scheme}`, async () => {
      const page = await openView(context, extId, view, tabId, { colorScheme: scheme });
      // The scheme really applies (a test that ran light twice would prove nothing about dark).
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const found = result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`).join(' | ')}`);
      expect(found).toEqual([]);
      await page.close();
    });
  }
}
