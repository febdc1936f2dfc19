/**
 * Figure 7 of `npm run bench`, run by scripts/bench.ts in a process of its own so that its
 * memory is the annotator's alone: it loads what the CLI (scripts/annotate.ts) loads, annotates
 * 1,000 text documents through annotate() three times over and prints one JSON line.
 */
import { parseHTML } from 'linkedom';
import { annotate } from '../lib/annotate';
import { bundledKb } from '../lib/kb/index';
import { annotateDocs, loadSeeds } from './bench-inputs';

const rss0 = process.memoryUsage.rss();
const docs = annotateDocs(loadSeeds(), 1000);
const parseHtml = (html: string) => parseHTML(html).document as unknown as Document;
let peak = rss0;
const t0 = performance.now();
const kb = bundledKb();
const kbMs = performance.now() - t0;
const rssKb = process.memoryUsage.rss();
const passMs: number[] = [];
let contacts = 0;
let mentions = 0;
for (let pass = 0; pass < 3; pass++) {
  const t = performance.now();
  for (let i = 0; i < docs.length; i++) {
    const a = annotate(docs[i]!, kb, parseHtml);
    if (pass === 0) {
      contacts += a.contacts.length;
      mentions += a.actors.reduce((s, x) => s + x.mentions.length, 0);
    }
    if (i % 10 === 0) peak = Math.max(peak, process.memoryUsage.rss());
  }
  passMs.push(performance.now() - t);
  peak = Math.max(peak, process.memoryUsage.rss());
}
const chars = docs.reduce((s, d) => s + (d.text?.length ?? 0), 0);
const MB = 2 ** 20;
process.stdout.write(
  JSON.stringify({
    docs: docs.length,
    avgChars: Math.round(chars / docs.length),
    passMs,
    kbMs,
    rssStartMB: rss0 / MB,
    rssAfterKbMB: rssKb / MB,
    peakRssMB: peak / MB,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    contacts,
    mentions,
  }) + '\n',
);
