import { HistoryDB } from '@/lib/history/db';
import { OptionsActors } from './OptionsActors';
import { OptionsSites } from './OptionsSites';
import { OptionsStorage } from './OptionsStorage';

const db = new HistoryDB();

/** The options page: where Kontakty runs, the actors it knows, and the stored history. */
export function OptionsApp() {
  return (
    <div class="options">
      <header class="page-head">
        <h1>Kontakty settings</h1>
        <nav aria-label="Sections">
          <a href="#sites">Sites</a>
          <a href="#kb">Knowledge base</a>
          <a href="#storage">Storage</a>
        </nav>
      </header>
      <main>
        <OptionsSites />
        <OptionsActors db={db} />
        <OptionsStorage db={db} />
      </main>
    </div>
  );
}
