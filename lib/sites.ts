/**
 * News sites the content script runs on by default: major Ukrainian and Russian-language
 * outlets (the seeds' sites among them). Subdomains match too (ru.krymr.com, www.pravda.com.ua).
 */
export const NEWS_SITES = [
  'pravda.com.ua', 'eurointegration.com.ua', 'epravda.com.ua', 'unian.ua', 'unian.net', 'ukrinform.ua', 'ukrinform.ru',
  'rbc.ua', 'glavred.info', 'comments.ua', 'korrespondent.net', 'nv.ua', 'liga.net', 'censor.net', 'zn.ua', 'lb.ua',
  'tsn.ua', 'segodnya.ua', 'obozrevatel.com', 'obozrevatel.ua', 'focus.ua', 'gordonua.com', 'radiosvoboda.org', 'krymr.com',
  'suspilne.media', 'hromadske.ua', 'espreso.tv', '24tv.ua', 'apostrophe.ua', 'ua.news', 'babel.ua', 'dw.com', 'bbc.com',
  'interfax.com.ua', 'interfax.ru', 'tass.ru', 'ria.ru', 'kommersant.ru', 'rbc.ru', 'vedomosti.ru', 'meduza.io', 'novayagazeta.eu',
  'iz.ru', 'lenta.ru', 'gazeta.ru', 'svoboda.org', 'currenttime.tv', 'theins.ru', 'rtvi.com', 'fontanka.ru', 'kp.ru', 'rg.ru',
  'zerkalo.io', 'charter97.org', 'nenka.info',
];

/** Match patterns for the manifest: the site and its subdomains, any scheme the pages use. */
export function sitePatterns(sites: readonly string[] = NEWS_SITES): string[] {
  return sites.flatMap((s) => [`*://${s}/*`, `*://*.${s}/*`]);
}
