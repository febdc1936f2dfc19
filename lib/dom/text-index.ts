/**
 * The article's text as one string, with a map back to the page's text nodes, so that offsets
 * found in the string become DOM Ranges for highlighting. Whitespace runs collapse to one space
 * and blocks are separated by a line break; neither is mapped (a range snaps past them).
 */
export type Segment = { node: Text; nodeStart: number; start: number; end: number };
export type TextIndex = { text: string; segments: Segment[] };

const BLOCK = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'HEADER', 'TABLE', 'TR', 'TD', 'TH', 'BR', 'FIGURE', 'PRE', 'DL', 'DT', 'DD', 'HR', 'MAIN']);
// Shared and rewound per text node (a text node is read to its end before the next one).
const WORD = /\S+/g;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function buildTextIndex(roots: Node[], skip: (el: Element) => boolean, maxChars = 2_000_000): TextIndex {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let len = 0;
  let pendingBreak = false;
  let pendingSpace = false;
  let last: Segment | null = null;

  const emit = (s: string) => {
    parts.push(s);
    len += s.length;
  };
  const visitText = (node: Text) => {
    const data = node.data;
    const re = WORD;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let prevEnd = -1;
    // Words of this node already counted in len but not yet pushed: data[runFrom, prevEnd). A
    // run of words one space apart goes into parts as one slice, not a string per word.
    let runFrom = -1;
    const flush = () => {
      if (runFrom >= 0) parts.push(data.slice(runFrom, prevEnd));
      runFrom = -1;
    };
    while ((m = re.exec(data)) && len < maxChars) {
      const word = m[0];
      const oneSpace = prevEnd >= 0 && m.index - prevEnd === 1 && data.charCodeAt(prevEnd) === 32;
      if (oneSpace && last && last.node === node && last.end === len) {
        // A single space inside one node maps one-to-one: extend the segment.
        if (runFrom < 0) runFrom = prevEnd;
        len += 1 + word.length;
        last.end = len;
      } else {
        flush();
        if (len > 0) {
          if (pendingBreak) emit('\n');
          // Words of one node are always apart (\S+ runs), so any word after the first has a gap.
          else if (pendingSpace || prevEnd >= 0 || m.index > 0) emit(' ');
        }
        pendingBreak = false;
        pendingSpace = false;
        last = { node, nodeStart: m.index, start: len, end: len + word.length };
        runFrom = m.index;
        len += word.length;
        segments.push(last);
      }
      prevEnd = m.index + word.length;
    }
    flush();
    if (prevEnd < data.length && prevEnd >= 0) pendingSpace = true;
    if (prevEnd < 0 && data.length) pendingSpace = true;
  };
  const walk = (node: Node) => {
    if (len >= maxChars) return;
    if (node.nodeType === TEXT_NODE) return visitText(node as Text);
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    if (skip(el)) return;
    const block = BLOCK.has(el.tagName.toUpperCase());
    if (block) pendingBreak = true;
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block) pendingBreak = true;
  };
  for (const r of roots) {
    pendingBreak = true;
    walk(r);
  }
  return { text: parts.join(''), segments };
}

function segmentAt(segs: Segment[], offset: number, asEnd: boolean): number {
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid]!;
    if (asEnd ? offset <= s.start : offset < s.start) hi = mid - 1;
    else if (asEnd ? offset > s.end : offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return asEnd ? hi : lo;
}

/** A DOM Range over text[start, end), or null if the span has no mapped characters. */
export function rangeFor(index: TextIndex, start: number, end: number, doc: Document): Range | null {
  const segs = index.segments;
  const a = segmentAt(segs, start, false);
  const b = segmentAt(segs, end, true);
  const sa = segs[a];
  const sb = segs[b];
  if (!sa || !sb || a > b) return null;
  const range = doc.createRange();
  range.setStart(sa.node, sa.nodeStart + Math.max(0, start - sa.start));
  range.setEnd(sb.node, sb.nodeStart + Math.min(sb.end, end) - sb.start);
  return range;
}
