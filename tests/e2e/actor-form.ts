import { expect, type Page } from '@playwright/test';

/** A person the shipped knowledge base lacks, as a user would add them in the options. */
export const LUKASHENKO = {
  kind: 'Person',
  country: 'BY',
  en: 'Alexander Lukashenko',
  uk: 'Олександр Лукашенко',
  ru: 'Александр Лукашенко',
  surnamesUk: 'Лукашенко',
  surnamesRu: 'Лукашенко',
  source: 'https://en.wikipedia.org/wiki/Alexander_Lukashenko',
};

/** Fills and sends the options page's "Add an actor" form, and waits for its confirmation. */
export async function addActorInOptions(options: Page, a = LUKASHENKO): Promise<void> {
  await options.getByText('Add an actor').click();
  const form = options.getByTestId('add-actor-form');
  await form.getByLabel(a.kind).check();
  await form.getByLabel('Country code').fill(a.country);
  await form.getByLabel('English name').fill(a.en);
  await form.getByLabel('Ukrainian name').fill(a.uk);
  await form.getByLabel('Russian name').fill(a.ru);
  await form.getByLabel('Ukrainian surnames').fill(a.surnamesUk);
  await form.getByLabel('Russian surnames').fill(a.surnamesRu);
  await form.getByLabel('Source').fill(a.source);
  await form.getByRole('button', { name: 'Add actor' }).click();
  await expect(options.getByTestId('actors-notice')).toContainText(`Added ${a.en}`);
}
