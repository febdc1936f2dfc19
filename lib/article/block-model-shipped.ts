/**
 * The trained block model (block-model.json, made by `npm run train:blocks`), in a module of its
 * own: the pipeline leaves the learned decision off, so the content script never bundles the weights.
 */
import type { BlockModel } from './block-model';
import shipped from './block-model.json';

export const BLOCK_MODEL = shipped as BlockModel;
