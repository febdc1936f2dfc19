import { defineConfig } from 'wxt';

export default defineConfig({
  manifest: ({ browser }) => ({
    name: 'Kontakty — US–Russia contacts in the news',
    description: 'Highlights US–Russia contacts in Ukrainian and Russian news and keeps a local, exportable history of them. Sends nothing anywhere.',
    permissions: ['storage', 'unlimitedStorage'],
    commands: {
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Highlights on or off for this page' },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'kontakty@example.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
