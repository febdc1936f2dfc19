/**
 * Renders assets-src/icon.svg to public/icon/{16,32,48,128}.png with Debian's Chromium (the same
 * browser the tests use), transparent around the tile.
 *
 *   npm run icons
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = join(import.meta.dirname, '..');
const svg = readFileSync(join(ROOT, 'assets-src', 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
try {
  const page = await browser.newPage();
  for (const size of [16, 32, 48, 128]) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('width="128" height="128"', `width="${size}" height="${size}"`)}</body></html>`);
    await page.screenshot({ path: join(ROOT, 'public', 'icon', `${size}.png`), omitBackground: true });
  }
} finally {
  await browser.close();
}
console.log('public/icon/{16,32,48,128}.png');
