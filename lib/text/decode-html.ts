/**
 * Bytes of a saved page to text, as a browser decodes them (the HTML standard's "determining the
 * character encoding", simplified): a byte-order mark first; then the charset a <meta charset> or
 * <meta http-equiv="Content-Type" content="…; charset=…"> declares in the first 1024 bytes (the
 * prescan); then UTF-8 when the bytes are valid UTF-8, else windows-1251, the legacy encoding a
 * browser set to Ukrainian or Russian falls back to. Old Ukrainian and Russian pages are
 * windows-1251 or KOI8-R; read as UTF-8 they come out as mojibake with no names in them.
 */

// Labels the HTML standard maps to one encoding; TextDecoder knows most, these it is asked by name.
const ALIASES: Record<string, string> = { cp1251: 'windows-1251', 'x-cp1251': 'windows-1251', win1251: 'windows-1251', 'koi8_r': 'koi8-r', koi8: 'koi8-r' };

function bomEncoding(b: Uint8Array): { label: string; skip: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { label: 'utf-8', skip: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { label: 'utf-16le', skip: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { label: 'utf-16be', skip: 2 };
  return null;
}

/** The charset the first 1024 bytes declare in a <meta>, lower case, or null. */
export function declaredCharset(b: Uint8Array): string | null {
  // Latin-1 keeps every byte as one character: the markup is ASCII whatever the encoding.
  let head = '';
  for (let i = 0; i < Math.min(1024, b.length); i++) head += String.fromCharCode(b[i]!);
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct && !/http-equiv/i.test(tag)) return direct[1]!.toLowerCase();
    if (/http-equiv\s*=\s*["']?content-type/i.test(tag)) {
      const inContent = /content\s*=\s*["'][^"']*charset\s*=\s*([\w.:-]+)/i.exec(tag);
      if (inContent) return inContent[1]!.toLowerCase();
    }
  }
  return null;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(ALIASES[label] ?? label);
  } catch {
    return null;
  }
}

export function decodeHtml(b: Uint8Array): string {
  const bom = bomEncoding(b);
  if (bom) return new TextDecoder(bom.label).decode(b.subarray(bom.skip));
  const label = declaredCharset(b);
  // A page that says UTF-16 in a <meta> is read as UTF-8 by browsers (the prescan found ASCII).
  const declared = label && !/^utf-?16/.test(label) ? decoderFor(label) : null;
  if (declared) return declared.decode(b);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return new TextDecoder('windows-1251').decode(b);
  }
}
