import './style.css';
import { sitePatterns } from '@/lib/sites';
import { startContentScript } from '@/lib/ext/content';

export default defineContentScript({
  matches: sitePatterns(),
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main(ctx) {
    startContentScript(ctx);
  },
});
