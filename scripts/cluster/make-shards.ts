/**
 * Writes a sharded JSON Lines input for the cluster test: `count` documents varied from the seed
 * articles (bench-inputs.ts annotateDocs), dealt in order into `shards` files of nearly equal size.
 *
 *   tsx scripts/cluster/make-shards.ts DIR [count] [shards]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateDocs, loadSeeds } from '../bench-inputs';

const [dir, count = '400', shards = '8'] = process.argv.slice(2);
if (!dir) {
  console.error('usage: tsx scripts/cluster/make-shards.ts DIR [count] [shards]');
  process.exit(2);
}
const docs = annotateDocs(loadSeeds(), Number(count));
const n = Number(shards);
const per = Math.ceil(docs.length / n);
mkdirSync(dir, { recursive: true });
for (let i = 0; i < n; i++) {
  const part = docs.slice(i * per, (i + 1) * per);
  writeFileSync(join(dir, `shard-${String(i).padStart(3, '0')}.jsonl`), part.map((d) => JSON.stringify(d)).join('\n') + (part.length ? '\n' : ''));
}
console.log(`${docs.length} documents in ${n} shards under ${dir}`);
