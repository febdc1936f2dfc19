/**
 * The learned body decision: a small logistic regression (lib/ml/logreg.ts) over each text block
 * of the page (block-units.ts, block-features.ts), trained on the dev pages' gold by
 * scripts/train-blocks.ts (`npm run train:blocks`), weights in block-model.json. It refines the
 * rules' choice rather than replacing it: a block inside the rules' body that the model finds
 * very unlike body text (a teaser card, a credit, a call to subscribe) is left out; everything
 * else stays as the rules read it. The pipeline leaves it off (extractArticle applies it only when
 * given, as refineWith makes it): by leave-site-out CV on the dev pages it did not clearly beat the rules (README, issue 15).
 */
import { predict, type LogRegModel } from '../ml/logreg';
import { blockContext, blockFeatures } from './block-features';
import { blockUnits, type BlockUnit, type RulesChoice } from './block-units';

/**
 * The weights, the probability of body below which a block of the rules' body is dropped, and the
 * longest block that may be dropped: furniture inside a body (a credit, a card, a call to
 * subscribe) is short, and a paragraph of running text stays the rules' call.
 */
export type BlockModel = LogRegModel & { drop: number; maxChars: number };

/** Each block of the page with its features (for training, and for deciding). */
export function pageBlocks(root: Element, rules: RulesChoice): { unit: BlockUnit; x: ReturnType<typeof blockFeatures> }[] {
  const units = blockUnits(root, rules);
  const ctx = blockContext(units);
  return units.map((unit) => ({ unit, x: blockFeatures(unit, ctx) }));
}

/** Probability that a block is body text. */
export function bodyProbability(m: LogRegModel, x: ReturnType<typeof blockFeatures>): number {
  return predict(m, x)[m.classes.indexOf('body')]!;
}

/** The learned decision as extractArticle takes it (LearnedOptions.refine), or none for no model. */
export const refineWith = (m: BlockModel | null) => (m ? { refine: (root: Element, rules: RulesChoice) => learnedSkip(root, rules, m) } : {});

/**
 * The rules' skip test with the blocks the model drops added to it. Only blocks the rules read
 * (inside their roots, not furniture to them) are weighed, so the model can take text out of the
 * rules' body, never put the page's other text in.
 */
export function learnedSkip(root: Element, rules: RulesChoice, m: BlockModel | null): (el: Element) => boolean {
  if (!m || !m.classes.length) return rules.skip;
  const drop = new Set<Element>();
  for (const { unit, x } of pageBlocks(root, rules)) {
    if (!unit.inRoots || unit.ruleSkip || unit.text.length > m.maxChars) continue;
    if (bodyProbability(m, x) < m.drop) drop.add(unit.el);
  }
  return drop.size ? (el) => drop.has(el) || rules.skip(el) : rules.skip;
}
