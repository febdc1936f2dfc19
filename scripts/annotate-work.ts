/**
 * One document's work for the annotate CLI, the same on the main thread (--jobs 1) and on a
 * worker thread: annotate, the output line, and the history records its contacts make.
 */
import { parseHTML } from 'linkedom';
import { annotate, toAnnotation, type AnnotateInput } from '../lib/annotate';
import { recordFromContact } from '../lib/history/merge';
import type { ContactRecord } from '../lib/history/types';
import type { KnowledgeBase } from '../lib/kb/index';

const parseHtml = (html: string) => parseHTML(html).document as unknown as Document;

export type Task = { seq: number; name: string; input: AnnotateInput; pretty: boolean };
export type Done = { seq: number; name: string; line?: string; records?: Omit<ContactRecord, 'id'>[]; error?: string };

export function work(t: Task, kb: KnowledgeBase, seen: string, history: boolean): Done {
  try {
    const a = annotate(t.input, kb, parseHtml);
    const line = JSON.stringify(toAnnotation(a), null, t.pretty ? 2 : undefined) + '\n';
    const records: Omit<ContactRecord, 'id'>[] = [];
    if (history) {
      // A live blog's contacts come from its posts, each its own source.
      for (const doc of a.posts ?? [a]) {
        const source = { url: doc.url ?? `urn:annotate:${doc.id}`, title: doc.title, site: doc.url ? new URL(doc.url).hostname : null, lang: doc.lang, published: doc.published, seen };
        for (const c of doc.contacts) records.push(recordFromContact(c, source));
      }
    }
    return { seq: t.seq, name: t.name, line, records };
  } catch (e) {
    return { seq: t.seq, name: t.name, error: (e as Error).message };
  }
}
