/**
 * Words of another language in an interface drawn in one of ours: what the language test looks
 * for in every view. Pure, so the rule is read (and changed) in one place, apart from the browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { translate, type UiLang } from '../../lib/ui/i18n';

/** One piece of interface text and where it was found (a CSS-ish path, for the failure message). */
export type Shown = { text: string; where: string };

// Latin words that are the same in every language of the interface: the extension's name, file
// formats, key names, Wikidata, and short forms a Ukrainian or Russian interface writes in Latin too.
const SHARED = new Set(['kontakty', 'json', 'lines', 'csv', 'timelinejs', 'ical', 'gexf', 'graphml', 'enter', 'home', 'end', 'alt', 'shift', 'wikidata', 'https', 'http', 'www']);
// Web addresses, host names and Wikidata ids are data whatever the language.
const ADDRESS = /\bhttps?:\/\/\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b(?:\/\S*)?|\bQ\d+\b/gi;
// Latin words the knowledge base itself writes in its Ukrainian and Russian names, forms and role
// titles: outlets and bodies the press of both languages names in Latin (Reuters, WSJ, CNN, MIT).
const KB_LATIN = new Set<string>();
{
  type Named = { name?: Record<string, string>; forms?: Record<string, string[]>; surname?: Record<string, string[]>; roles?: { title: Record<string, string> }[] };
  const actors = JSON.parse(readFileSync(join(import.meta.dirname, '../../lib/kb/actors.json'), 'utf8')) as Named[];
  for (const a of actors)
    for (const l of ['uk', 'ru']) {
      const texts = [a.name?.[l] ?? '', ...(a.forms?.[l] ?? []), ...(a.surname?.[l] ?? []), ...(a.roles ?? []).map((r) => r.title[l] ?? '')];
      for (const t of texts) for (const w of t.match(/[A-Za-z]+/g) ?? []) KB_LATIN.add(w.toLowerCase());
    }
}
// Messages that show, as examples of what to type, names in other scripts ("Lavrov, Лавров, МЗС…"):
// they are meant to be multilingual.
const EXAMPLES = ['optSearchNamesPlaceholder', 'optHintPerson', 'optHintInstitution'] as const;
const UK_ONLY = /[іїєґІЇЄҐ]/;
const RU_ONLY = /[ыэъёЫЭЪЁ]/;

/** The words of `text` that belong to another language than `lang`; empty when it reads as `lang`. */
export function foreignWords(lang: UiLang, text: string): string[] {
  if (EXAMPLES.some((k) => translate(lang, k) === text)) return [];
  const bare = text.replace(ADDRESS, ' ');
  const words = bare.match(/[\p{L}'’]+/gu) ?? [];
  if (lang === 'en') return words.filter((w) => /[\u0400-\u04ff]/.test(w));
  return words.filter((w) => {
    if (/[a-z]/i.test(w)) return w.length > 1 && !SHARED.has(w.toLowerCase()) && !KB_LATIN.has(w.toLowerCase());
    // Ukrainian letters in the Russian interface, Russian ones in the Ukrainian.
    return lang === 'ru' ? UK_ONLY.test(w) : RU_ONLY.test(w);
  });
}

/** Every piece of `shown` holding a word of another language, as "word… in where: text". */
export function foreignIn(lang: UiLang, shown: Shown[]): string[] {
  return shown.flatMap((s) => {
    const found = foreignWords(lang, s.text);
    return found.length ? [`${found.join(', ')} in ${s.where}: ${s.text.slice(0, 120)}`] : [];
  });
}

/**
 * The interface text of a page (or of a shadow root's host): text nodes, placeholders, titles,
 * labels and alt texts, folded sections included. An element with a `lang` other than the
 * interface's `lang`, or marked `translate="no"`, is data in that language (an article's title, its quoted sentence, a
 * language's own name in the picker) and is left out: the page says which words are not its own.
 */
export async function interfaceText(page: Page, lang: UiLang, rootSelector = 'body'): Promise<Shown[]> {
  return page.evaluate(([sel, docLang]) => {
    const hosts = [...document.querySelectorAll(sel)];
    const roots: (Element | ShadowRoot)[] = hosts.map((h) => h.shadowRoot ?? h);
    // Marked as another language's text, or as a proper name not to translate (a site's name).
    const foreign = (el: Element | null) => {
      if (el?.closest('[translate="no"]')) return true;
      const tagged = el?.closest('[lang]');
      return !!tagged && tagged.getAttribute('lang') !== docLang;
    };
    const path = (el: Element) => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && parts.length < 4; e = e.parentElement) parts.unshift(e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? `.${e.className.split(' ')[0]}` : '') + (e.getAttribute('data-testid') ? `[${e.getAttribute('data-testid')}]` : ''));
      return parts.join(' > ');
    };
    const out: { text: string; where: string }[] = [];
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        const text = n.textContent?.trim() ?? '';
        if (!el || !text || el.closest('script, style') || foreign(el)) continue;
        out.push({ text, where: path(el) });
      }
      for (const el of root.querySelectorAll('[placeholder], [title], [aria-label], [alt]')) {
        if (foreign(el)) continue;
        for (const a of ['placeholder', 'title', 'aria-label', 'alt']) {
          const v = el.getAttribute(a)?.trim();
          if (v) out.push({ text: v, where: `${path(el)} @${a}` });
        }
      }
    }
    return out;
  }, [rootSelector, lang] as const);
}
