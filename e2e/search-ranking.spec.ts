import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The search results on the page, one list item per page found. */
const results = (page: Page) => page.getByRole('main').getByRole('list').first().getByRole('listitem').filter({ has: page.getByRole('heading') });

// Ranking does not depend on the base path, so this spec runs in the root project only (playwright.config.ts).
// Among chapters, a search for a subject puts the chapter about it first.
for (const [query, title] of [
  ['Kornilov', 'The Kornilov affair'],
  ['Milyukov', 'Against the war'],
  ['baba riots', "Peasants, soldiers and soldiers' wives"],
  ['dustbin', 'A new government'],
  ['Cheka', 'Remaking the state'],
  ['Kotkin', 'After 1991'],
  ['Красный Октябрь', 'Legacy'],
  // The chapters added after the history review, each found first for its main subject.
  ['Kollontai', 'Women in 1917'],
  ['Dukhonin', 'The army and the war at the front'],
  ['Pre-Parliament', 'Looking for a government, August–October 1917'],
  ['Vikzhel', 'The first weeks: coalition or one-party rule?'],
  ['Constituent Assembly', 'The Constituent Assembly'],
  ['neither war nor peace', 'Brest-Litovsk: the talks'],
  ['Left Communists', 'Brest-Litovsk: the price of peace'],
  ['Svinhufvud', 'The nationalities: declarations and the north-west'],
  ['Kokand', 'The Caucasus, Central Asia and Bessarabia'],
  ['triumphal march', 'October beyond the capitals'],
  ['Haimson', 'The revisionists and the social history of 1917'],
] as const) {
  test(`searching chapters for "${query}" puts "${title}" first`, async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent(query)}&kind=Chapter`);
    await expect(page.getByRole('status')).toHaveText(/pages? match/);
    await expect(results(page).first().getByRole('heading')).toHaveText(title);
  });
}


// Students type questions. Question words and filler do not narrow the search, and when every
// word together finds little, pages matching most of the words follow (lib/query.ts).
for (const [question, first] of [
  ['what was the cheka', 'glossary/cheka/'],
  ['when did russia change calendar', 'background/names-and-calendars/'],
  ['who was lenin', 'people/lenin/'],
  ['what was dual power', 'glossary/dual-power/'],
  ['what happened at pulkovo', 'glossary/pulkovo/'],
  ['what was the decree on land', 'glossary/decree-on-land/'],
  ['who were the kadets', 'glossary/kadets/'],
  ['what was order number 1', 'glossary/order-no-1/'],
  ['what is a soviet', 'glossary/soviet/'],
  ['who led the kornilov affair', 'background/kornilov-affair/'],
  ['who was dzerzhinsky', 'people/dzerzhinsky/'],
  ['what did the sailors of kronstadt do in october', 'glossary/kronstadt/'],
] as const) {
  test(`the question "${question}" puts ${first} first`, async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent(question)}`);
    await expect(page.getByRole('status')).toHaveText(/pages? match/);
    const link = results(page).first().getByRole('heading').getByRole('link');
    await expect(link).toHaveAttribute('href', new RegExp(`/${first}\\?`));
  });
}
