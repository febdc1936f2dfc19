/**
 * `npm run demo`: the built extension in Debian's Chromium on the bundled sample pages.
 * Writes demo-output/: a screenshot per page, the popup (this page, history), history.json,
 * history.csv, timeline.json (TimelineJS), network.gexf (Gephi), the history tab with its network
 * (history-tab.png, history-tab-dark.png), and prints a table per page. With --open (and a display) the browser stays open to browse.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionId, launchWithExtension, ROOT, samplePages, servePages, waitForDecision } from './harness';
import type { BrowserContext, Page } from 'playwright-core';

const OUT = join(ROOT, 'demo-output');
const keepOpen = process.argv.includes('--open') && !!process.env.DISPLAY && !process.env.CI;

type Row = { page: string; site: string; lang: string; article: string; actors: string; contacts: string };

async function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const server = await servePages();
  const context = await launchWithExtension({ headless: !keepOpen });
  const id = await extensionId(context);
  const rows: Row[] = [];
  let firstArticleTab: number | null = null;

  for (const p of samplePages()) {
    const page = await context.newPage();
    const url = server.urlOf(p);
    await page.goto(url);
    const { tabId, summary } = await waitForDecision(context, url);
    const s = summary as { isArticle: boolean; reason: string; lang: string | null; actors: { name: string; kind: string; count: number }[]; contacts: { status: string; type: string }[] };
    if (s.isArticle) {
      firstArticleTab ??= tabId;
      await page.waitForFunction(() => (CSS.highlights.get('kontakty-person')?.size ?? 0) > 0, null, { timeout: 10000 }).catch(() => undefined);
    }
    await page.screenshot({ path: join(OUT, p.file.replace(/\.html$/, '.png')), fullPage: true });
    rows.push({
      page: p.file.replace(/\.html$/, ''),
      site: p.site,
      lang: s.lang ?? '-',
      article: s.isArticle ? 'yes' : `no (${s.reason})`,
      actors: s.actors.filter((a) => a.kind !== 'media').map((a) => `${a.name}×${a.count}`).join(', ') || '-',
      contacts: s.contacts.map((c) => `${c.type}/${c.status}`).join(', ') || '-',
    });
    // Tabs stay open: the popup reads what the background keeps for a live tab.
  }

  // A hover card, as a reader sees it over a highlighted name.
  const sample = context.pages().find((pg) => pg.url().includes('krymr') && !pg.url().includes('onlayn'));
  if (sample) {
    await sample.bringToFront();
    const at = await sample.evaluate(() => {
      const range = [...(CSS.highlights.get('kontakty-person') ?? [])][0] as Range | undefined;
      if (!range) return null;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0]!;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    if (at) {
      await sample.mouse.move(at.x, at.y);
      await sample.locator('kontakty-card [role="tooltip"]').waitFor({ timeout: 5000 }).catch(() => undefined);
      await sample.screenshot({ path: join(OUT, 'hover-card.png') });
    }
  }

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 480, height: 900 });
  await popup.goto(`chrome-extension://${id}/popup.html?tab=${firstArticleTab ?? ''}`);
  await popup.getByTestId('page-panel').waitFor({ timeout: 10000 }).catch(() => undefined);
  await popup.screenshot({ path: join(OUT, 'popup-this-page.png'), fullPage: true });
  await popup.getByRole('tab', { name: 'History' }).click();
  await popup.locator('li.contact').first().waitFor();
  // The history as it opens: what fits in the popup window, not the whole scrolled list.
  await popup.screenshot({ path: join(OUT, 'popup-history.png') });
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-json').click()]);
  await download.saveAs(join(OUT, 'history.json'));
  const [csv] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-csv').click()]);
  await csv.saveAs(join(OUT, 'history.csv'));
  // For publishing and network analysis: a TimelineJS file and the actors' network for Gephi.
  const [timeline] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-timeline').click()]);
  await timeline.saveAs(join(OUT, 'timeline.json'));
  const [gexf] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-gexf').click()]);
  await gexf.saveAs(join(OUT, 'network.gexf'));
  await historyTab(context, popup);
  await popup.getByRole('button', { name: 'Timeline', exact: true }).click();
  await popup.screenshot({ path: join(OUT, 'popup-timeline.png'), fullPage: true });
  await popup.getByRole('button', { name: 'List' }).click();
  // The same views in dark mode, as the system setting asks.
  await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.screenshot({ path: join(OUT, 'popup-history-dark.png') });
  await popup.getByRole('tab', { name: 'This page' }).click();
  await popup.getByTestId('page-panel').waitFor({ timeout: 10000 }).catch(() => undefined);
  // Each contact's stored record is looked up after the panel draws; its buttons come with it.
  await popup.getByTestId('page-panel').getByRole('button', { name: 'Edit' }).first().waitFor({ timeout: 5000 }).catch(() => undefined);
  await popup.screenshot({ path: join(OUT, 'popup-this-page-dark.png'), fullPage: true });

  console.table(rows);
  const history = JSON.parse(readFileSync(join(OUT, 'history.json'), 'utf8')) as { contacts: unknown[] };
  const events = (JSON.parse(readFileSync(join(OUT, 'timeline.json'), 'utf8')) as { events: unknown[] }).events.length;
  const edges = readFileSync(join(OUT, 'network.gexf'), 'utf8').match(/<edge /g)?.length ?? 0;
  console.log(`\n${history.contacts.length} contacts in demo-output/history.json, ${events} dated ones in timeline.json, ${edges} pairs of actors in network.gexf; screenshots in demo-output/`);
  writeFileSync(join(OUT, 'pages.json'), JSON.stringify(rows, null, 2));

  if (keepOpen) {
    console.log(`Browser left open. Sample pages: ${samplePages().map((p) => server.urlOf(p)).join(' ')}\nPress Ctrl+C to quit.`);
    await new Promise<void>((ok) => context.on('close', () => ok()));
  }
  await context.close();
  await server.close();
}

/**
 * The history in a tab of its own, opened from the popup's button: the network with the busiest
 * actor's card open, the table below, in the light and the dark scheme.
 */
async function historyTab(context: BrowserContext, popup: Page) {
  const [tab] = await Promise.all([context.waitForEvent('page'), popup.getByTestId('open-tab').click()]);
  await tab.setViewportSize({ width: 1440, height: 1100 });
  await tab.locator('[data-testid="network"][data-layout="done"]').waitFor({ timeout: 15000 });
  await tab.getByTestId('network-list').locator('summary').click();
  await tab.getByTestId('network-list').locator('[data-node]').first().click();
  await tab.getByTestId('network-list').locator('summary').click();
  await tab.getByTestId('node-card').waitFor();
  await tab.screenshot({ path: join(OUT, 'history-tab.png') });
  await tab.emulateMedia({ colorScheme: 'dark' });
  await tab.screenshot({ path: join(OUT, 'history-tab-dark.png') });
  await tab.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
