import { expect, test } from '@playwright/test';
import { extensionId, launchWithExtension, samplePages, servePages, waitForDecision } from '../../scripts/harness';

// The popup's highlights switch says what the page really shows: turned off, the popup opened
// again shows it off; turned back on by the keyboard shortcut's message, the popup shows it on.
test('the highlights switch reflects the page’s real state when the popup opens again', async () => {
  const server = await servePages();
  const context = await launchWithExtension();
  const extId = await extensionId(context);
  const article = samplePages().find((p) => p.seed?.startsWith('003'))!;
  const page = await context.newPage();
  const url = server.urlOf(article);
  await page.goto(url);
  const { tabId } = await waitForDecision(context, url);
  const painted = () => page.evaluate(() => CSS.highlights.get('kontakty-person')?.size ?? 0);
  await expect.poll(painted).toBeGreaterThan(0);
  const openPopup = async () => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extId}/popup.html?tab=${tabId}`);
    return popup;
  };

  let popup = await openPopup();
  await expect(popup.getByTestId('highlights-toggle')).toBeChecked();
  await popup.getByTestId('highlights-toggle').uncheck();
  await expect.poll(painted).toBe(0);
  await popup.close();
  popup = await openPopup();
  await expect(popup.getByTestId('highlights-toggle')).not.toBeChecked();
  await popup.close();

  // What Alt+Shift+K does (the background sends this to the tab in front).
  const sw = context.serviceWorkers()[0]!;
  await sw.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'toggle-highlights' }), tabId);
  await expect.poll(painted).toBeGreaterThan(0);
  popup = await openPopup();
  await expect(popup.getByTestId('highlights-toggle')).toBeChecked();
  await context.close();
  await server.close();
});
