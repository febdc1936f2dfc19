import type { MessageKey } from './i18n';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/**
 * parseHistoryFile's reasons (written in English in lib/history/exchange.ts) in the interface
 * language; a reason not known here is shown as it is. The popup's import and the options'
 * restore both show them.
 */
export function historyErrorText(error: string, t: T): string {
  let m: RegExpExecArray | null;
  if ((m = /^The file is too large \((\d+) million characters; at most (\d+) million\)\. Nothing was imported\.$/.exec(error))) return t('optErrFileHuge', { n: m[1]!, max: m[2]! });
  if (error === 'The file is empty.') return t('optErrEmpty');
  if (error === 'This is not a Kontakty history file.') return t('optErrNotHistory');
  if ((m = /^The file is from a newer version \(format (.*)\); update the extension to import it\.$/.exec(error))) return t('optErrNewer', { version: m[1]! });
  if (error === 'The file has no list of contacts.') return t('optErrNoList');
  if (error === 'The file is neither JSON nor JSON Lines.') return t('optErrNotJson');
  if (error.startsWith('This is a CSV export:')) return t('optErrCsv');
  if (error.startsWith('The file is cut short:')) return t('optErrTruncated');
  if ((m = /^The file holds (\d+) contacts; at most (\d+) can be imported at once\. Nothing was imported\.$/.exec(error))) return t('optErrTooMany', { n: m[1]!, max: m[2]! });
  // The record's own problem names its fields ("no key", "unknown type …"): kept as written.
  if ((m = /^Contact (\d+): (.*)\. Nothing was imported\.$/.exec(error))) return t('optErrBadContact', { i: m[1]!, problem: m[2]! });
  if ((m = /^Actor (\d+): (.*)\. Nothing was imported\.$/.exec(error))) return t('optErrBadActor', { i: m[1]!, problem: m[2]! });
  return error;
}

