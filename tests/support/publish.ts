import type { Participant } from '@/lib/contacts/types';
import type { ContactRecord, SourceRef } from '@/lib/history/types';
import { SaxesParser } from 'saxes';

/** Records to export, and an XML reader that proves an export well-formed: the publishing exports' tests. */

/** A source as the history keeps it, with the sentence that reported the contact. */
export function source(url: string, exact: string, extra: Partial<SourceRef> = {}): SourceRef {
  return { url, title: 'Заголовок', site: 'nenka.info', lang: 'uk', published: '2022-11-14T09:00:00Z', seen: '2022-11-14T10:00:00Z', reportedBy: [], evidence: { start: 10, end: 10 + exact.length, exact, prefix: '', suffix: '' }, ...extra };
}

/** A history record between named actors (ids) and sides named without a person. */
export function record(over: Partial<ContactRecord> & { ids?: string[]; unnamed?: Participant[] } = {}): ContactRecord {
  const { ids = ['vladimir-putin', 'donald-trump'], unnamed = [], ...rest } = over;
  const sideOf: Record<string, Participant['side']> = { 'vladimir-putin': 'RU', 'sergei-ryabkov': 'RU', 'yuri-ushakov': 'RU', 'donald-trump': 'US', 'steve-witkoff': 'US', 'antony-blinken': 'US' };
  const parties: Participant[] = [...ids.map((id) => ({ actorId: id, side: sideOf[id] ?? 'other', text: id })), ...unnamed];
  return {
    key: `${ids.join('+')}|${rest.status ?? 'happened'}|${rest.date ?? ''}`,
    participants: ids,
    parties,
    sides: [...new Set(parties.map((p) => p.side))],
    type: 'phone_call',
    status: 'happened',
    date: '2022-11-14',
    endDate: null,
    datePrecision: 'day',
    place: null,
    confidence: 0.8,
    confirmed: false,
    edited: false,
    firstSeen: '2022-11-14T10:00:00Z',
    lastSeen: '2022-11-14T10:00:00Z',
    sources: [source('https://nenka.info/news/1', 'Путін і Трамп поговорили телефоном.')],
    ...rest,
  };
}

/** Evidence a page could hold to break an export: markup, quotes, ampersands, emoji. */
export const HOSTILE = `</script><script>alert("x")</script> <img src=x onerror='alert(1)'> Tom & Jerry; a, b \\ c 🇺🇦🤝🏻 "лапки" «ёлки»`;


/** An element as parsed: its local name, namespace, attributes, children and text. */
export type XmlElement = { name: string; uri: string; attrs: Record<string, string>; children: XmlElement[]; text: string };

/**
 * Parses XML with saxes, a conforming non-validating parser: it throws on anything that is not
 * well-formed (a bare &, a stray <, a control character, mismatched tags, two roots), where the
 * DOM parsers in devDependencies (happy-dom, linkedom) recover silently.
 */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) attrs[a.name] = a.value;
    const el: XmlElement = { name: tag.local, uri: tag.uri, attrs, children: [], text: '' };
    stack.at(-1)?.children.push(el);
    root ??= el;
    stack.push(el);
  });
  parser.on('text', (t) => {
    const top = stack.at(-1);
    if (top) top.text += t;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(text).close();
  if (!root) throw new Error('no root element');
  return root;
}

/** Every descendant element with this local name, in document order. */
export function all(el: XmlElement, name: string): XmlElement[] {
  return el.children.flatMap((c) => [...(c.name === name ? [c] : []), ...all(c, name)]);
}
