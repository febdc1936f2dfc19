/**
 * Multinomial logistic regression over sparse named features: the small learned models that
 * decide about contact candidates (lib/contacts/decide.ts). Training is full-batch gradient
 * descent with L2 and a fixed number of steps from zero weights, so the same data gives the
 * same weights on every run and machine (no random start, no shuffling). Weights are plain data.
 */

/** A sparse example: feature name → value (1 for a present indicator). */
export type Features = Record<string, number>;

export type LogRegModel = {
  classes: string[];
  /** Per feature, one weight per class (same order as classes). */
  weights: Record<string, number[]>;
  bias: number[];
};

export type TrainOptions = { l2?: number; steps?: number; rate?: number; minCount?: number };

/** Class probabilities for one example; unknown features weigh nothing. */
export function predict(m: LogRegModel, x: Features): number[] {
  const z = m.bias.slice();
  for (const f in x) {
    const w = m.weights[f];
    if (!w) continue;
    const v = x[f]!;
    for (let k = 0; k < z.length; k++) z[k]! += w[k]! * v;
  }
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

/** The most probable class among those allowed (all when none is given). */
export function argmax(m: LogRegModel, p: number[], allowed?: (c: string) => boolean): string {
  let best = -1;
  for (let k = 0; k < p.length; k++) if ((!allowed || allowed(m.classes[k]!)) && (best < 0 || p[k]! > p[best]!)) best = k;
  return m.classes[best < 0 ? 0 : best]!;
}

/**
 * Fits the model. Features seen in fewer than minCount examples are dropped (they could only
 * memorise a text). Adam steps on the mean log loss (each example weighted by its w, 1 when
 * not given) plus l2 × |w|², rounded weights out.
 */
export function train(data: { x: Features; y: string; w?: number }[], classes: string[], opt: TrainOptions = {}): LogRegModel {
  const { l2 = 0.01, steps = 400, rate = 0.05, minCount = 2 } = opt;
  const count = new Map<string, number>();
  for (const d of data) for (const f in d.x) count.set(f, (count.get(f) ?? 0) + 1);
  const names = [...count].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const K = classes.length;
  const F = names.length;
  const rows = data.map((d) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const f in d.x) {
      const i = index.get(f);
      if (i !== undefined) (idx.push(i), val.push(d.x[f]!));
    }
    return { idx, val, y: classes.indexOf(d.y), w: d.w ?? 1 };
  }).filter((r) => r.y >= 0);
  const W = new Float64Array((F + 1) * K); // last row: bias
  const M = new Float64Array(W.length);
  const V = new Float64Array(W.length);
  const G = new Float64Array(W.length);
  const n = Math.max(1, rows.length);
  const z = new Float64Array(K);
  for (let step = 1; step <= steps; step++) {
    G.fill(0);
    for (const r of rows) {
      for (let k = 0; k < K; k++) z[k] = W[F * K + k]!;
      for (let j = 0; j < r.idx.length; j++) for (let k = 0; k < K; k++) z[k]! += W[r.idx[j]! * K + k]! * r.val[j]!;
      let max = -Infinity;
      for (let k = 0; k < K; k++) max = Math.max(max, z[k]!);
      let s = 0;
      for (let k = 0; k < K; k++) s += z[k] = Math.exp(z[k]! - max);
      for (let k = 0; k < K; k++) {
        const g = (z[k]! / s - (k === r.y ? 1 : 0)) * r.w;
        G[F * K + k]! += g / n;
        for (let j = 0; j < r.idx.length; j++) G[r.idx[j]! * K + k]! += (g * r.val[j]!) / n;
      }
    }
    for (let i = 0; i < F * K; i++) G[i]! += 2 * l2 * W[i]!;
    for (let i = 0; i < W.length; i++) {
      M[i] = 0.9 * M[i]! + 0.1 * G[i]!;
      V[i] = 0.999 * V[i]! + 0.001 * G[i]! * G[i]!;
      const mh = M[i]! / (1 - 0.9 ** step);
      const vh = V[i]! / (1 - 0.999 ** step);
      W[i]! -= (rate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  const weights: Record<string, number[]> = {};
  names.forEach((f, i) => {
    const w = Array.from(W.subarray(i * K, i * K + K), round);
    if (w.some((v) => v !== 0)) weights[f] = w;
  });
  return { classes, weights, bias: Array.from(W.subarray(F * K), round) };
}
