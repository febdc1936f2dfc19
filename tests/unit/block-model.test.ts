import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockContext, blockFeatures } from '../../lib/article/block-features';
import { learnedSkip, type BlockModel } from '../../lib/article/block-model';
import { BLOCK_MODEL } from '../../lib/article/block-model-shipped';
import { blockUnits, type RulesChoice } from '../../lib/article/block-units';
import { extractArticle } from '../../lib/article/extract';
import { isFurniture } from '../../lib/article/furniture';
import { cacheState } from '../../scripts/pages-eval-cache';
import { loadPages } from '../../scripts/pages-eval-data';
import { devItems } from '../../scripts/blocks-data';
import { MODEL_FILE, trainBlocks } from '../../scripts/train-blocks';

// A page of our own: a headline, a body of four paragraphs with a picture's caption and a
// "read also" card inside it, a feed beside it.
const PAGE = `<!doctype html><html><head><title>Зустріч у Женеві</title><meta property="og:type" content="article"></head><body>
<nav><a href="/">Головна</a></nav>
<main><h1>Делегації зустрілися у Женеві</h1>
<div class="article-body">
<p>Делегації двох країн зустрілися у Женеві в понеділок, розмова тривала чотири години без перерви.</p>
<figure><img src="a.jpg"><div>Делегації перед входом, світлина агенції новин</div></figure>
<p>Сторони обговорили обмін полоненими і подальші кроки, домовившись зустрітися ще раз наступного місяця.</p>
<div class="read-also"><a href="/x">Читайте також: що відомо про попередню зустріч</a></div>
<p>Після зустрічі речники обох делегацій коротко поспілкувалися з журналістами біля входу до готелю.</p>
<p>Наступний раунд переговорів запланували на кінець місяця, місце поки не назвали.</p>
</div></main>
<aside><div><a href="/y">Інша новина дня про погоду</a></div></aside>
</body></html>`;

const doc = () => parseHTML(PAGE).document as unknown as Document;

function rulesOf(d: Document): RulesChoice {
  let rules: RulesChoice | null = null;
  extractArticle(d, 'https://example.org/a', undefined, { onRules: (r) => (rules = r) });
  return rules!;
}

describe('text blocks for the learned body decision', () => {
  it('cuts the page into leaf blocks in reading order, marking what the rules read', () => {
    const d = doc();
    const units = blockUnits(d.body, rulesOf(d));
    const texts = units.map((u) => u.text.slice(0, 20));
    expect(texts[0]).toBe('Головна');
    expect(units.find((u) => u.text.startsWith('Делегації зустрілися'))!.headline).toBe(true);
    const body = units.filter((u) => u.inRoots && !u.ruleSkip);
    expect(body.map((u) => u.el.tagName)).toEqual(['P', 'DIV', 'P', 'P', 'P']);
    // The "read also" card is furniture to the rules already; the caption's <div> is not.
    expect(units.find((u) => u.text.startsWith('Читайте'))!.ruleSkip).toBe(true);
    expect(units.find((u) => u.text.startsWith('Делегації перед'))!.ruleSkip).toBe(false);
    expect(units.find((u) => u.text.startsWith('Інша'))!.inRoots).toBe(false);
  });

  it('reads shape, place and calls, never a site name', () => {
    const d = doc();
    const units = blockUnits(d.body, rulesOf(d));
    const ctx = blockContext(units);
    const caption = blockFeatures(units.find((u) => u.text.startsWith('Делегації перед'))!, ctx);
    expect(caption.credit).toBe(1);
    expect(caption['in:FIGURE']).toBe(1);
    expect(caption.nearImage).toBe(1);
    const para = blockFeatures(units.find((u) => u.text.startsWith('Сторони'))!, ctx);
    expect(para.endsStop).toBe(1);
    expect(para['tag:P']).toBe(1);
    expect(para['far:article'] ?? para['near:article']).toBe(1);
    expect(Object.keys(para).some((k) => k.includes('example'))).toBe(false);
  });

  it('drops only blocks the rules read, and only below the threshold', () => {
    const d = doc();
    const rules = rulesOf(d);
    // A model that calls every caption-like block furniture: the caption goes, the paragraphs stay.
    const m: BlockModel = { classes: ['body', 'other'], weights: { credit: [-5, 5] }, bias: [1, -1], drop: 0.5, maxChars: 120 };
    const skip = learnedSkip(d.body, rules, m);
    const caption = Array.from(d.querySelectorAll('figure div'))[0]!;
    expect(skip(caption)).toBe(true);
    for (const p of Array.from(d.querySelectorAll('.article-body p'))) expect(skip(p)).toBe(false);
    expect(skip(d.querySelector('nav')!)).toBe(isFurniture(d.querySelector('nav')!));
    // With no model the rules' own test is used unchanged.
    expect(learnedSkip(d.body, rules, null)).toBe(rules.skip);
  });

  it('ships a small model: a few dozen features and a threshold', () => {
    expect(BLOCK_MODEL.classes).toEqual(['body', 'other']);
    expect(Object.keys(BLOCK_MODEL.weights).length).toBeLessThan(200);
    expect(BLOCK_MODEL.drop).toBeGreaterThan(0);
    expect(BLOCK_MODEL.drop).toBeLessThan(1);
  });
});

const pages = loadPages();
const cached = cacheState(pages).missing.length === 0;

describe.skipIf(!cached)('the shipped block model (skipped without the page cache)', () => {
  it('is what npm run train:blocks makes from the dev pages', () => {
    const shipped = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as BlockModel;
    expect(trainBlocks(devItems())).toEqual(shipped);
  }, 120_000);
});
