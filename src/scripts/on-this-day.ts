/**
 * <on-this-day>: shows the events whose Old Style or New Style anniversary is
 * today in the reader's own calendar, or the nearest day's (lib/on-this-day.ts),
 * from the list the page already holds.
 */
import { eventsForDay, monthDayOf } from '../lib/on-this-day.ts';
import { formatDay } from '../lib/format.ts';

class OnThisDay extends HTMLElement {
  connectedCallback() {
    const items = [...this.querySelectorAll<HTMLLIElement>('li[data-days]')].map((li) => ({ li, days: (li.dataset['days'] ?? '').split(' ') }));
    const heading = this.querySelector<HTMLElement>('[data-heading]');
    const more = this.querySelector<HTMLElement>('[data-more]');
    const now = new Date();
    const { exact, events } = eventsForDay(items, monthDayOf(now));
    if (!heading || !events.length) return;
    const today = formatDay({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() }).replace(/ \d+$/, '');
    heading.textContent = exact ? `Today, ${today}, in 1917 or early 1918:` : `Nothing in the book happened on ${today}. The nearest events:`;
    heading.hidden = false;
    for (const { li } of events) li.hidden = false;
    if (more) more.hidden = false;
  }
}

customElements.define('on-this-day', OnThisDay);
