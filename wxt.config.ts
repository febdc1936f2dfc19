import { defineConfig } from 'wxt';
import { noFunctionConstructor } from './scripts/vite-no-function-constructor';

export default defineConfig({
  vite: () => ({ plugins: [noFunctionConstructor()] }),
  manifest: ({ browser, manifestVersion }) => ({
    // Name, description and the shortcut's description in the browser's language
    // (public/_locales/{en,uk,ru}); the interface's own language switch is separate.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: the popup may read the address of the tab it was opened on (to offer turning
    // Kontakty on there); scripting: a content script registered for each site the user adds.
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting'],
    // Sites beyond the built-in list are asked for one by one when the user adds them; nothing
    // is granted at install. MV2 (Firefox's default build) keeps optional origins in
    // optional_permissions; WXT drops optional_host_permissions there.
    ...(manifestVersion === 2 ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    commands: {
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_cmdToggle__' },
      // The page's names one by one from the keyboard, in reading order, each with its card:
      // Period and Comma are the keys of '>' and '<', forward and back.
      'next-name': { suggested_key: { default: 'Alt+Shift+Period' }, description: '__MSG_cmdNext__' },
      'previous-name': { suggested_key: { default: 'Alt+Shift+Comma' }, description: '__MSG_cmdPrevious__' },
    },
    // Firefox 140 brought the CSS Custom Highlight API. Firefox for Android reads
    // data_collection_permissions only from 142 on (addons-linter warns otherwise).
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'kontakty@example.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
