/**
 * <date-converter>: answers the converter form on the page, from the form or
 * from the address, using the same calendar code as every date on the site.
 */
import { convert, describeConversion } from '../lib/converter.ts';

export class DateConverter extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const answer = this.querySelector<HTMLElement>('[data-answer]');
    if (!form || !answer) return;

    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | RadioNodeList | null;
    const show = (params: URLSearchParams) => {
      const result = convert({
        day: params.get('day') ?? '',
        month: params.get('month') ?? '',
        year: params.get('year') ?? '',
        calendar: params.get('calendar') ?? '',
      });
      answer.replaceChildren();
      const line = document.createElement('p');
      if (result.ok) {
        line.className = 'font-semibold';
        line.textContent = describeConversion(result);
        const gap = document.createElement('p');
        gap.className = 'text-base text-ink-muted';
        gap.textContent = `New Style was ${result.gap} days ahead of Old Style on that day.`;
        answer.append(line, gap, ...result.notes.map((note) => Object.assign(document.createElement('p'), { className: 'text-base text-ink-muted', textContent: note })));
      } else {
        line.className = 'text-accent';
        line.textContent = result.error;
        answer.append(line);
      }
    };

    // Fill the form from the address, so a shared link shows the same question and answer.
    const params = new URLSearchParams(location.search);
    for (const name of ['day', 'month', 'year', 'calendar']) {
      const value = params.get(name);
      const control = field(name);
      if (value !== null && control) control.value = value;
    }
    if (params.has('day')) show(params);

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const query = new URLSearchParams();
      for (const [name, value] of new FormData(form)) query.set(name, String(value));
      history.replaceState(null, '', `${location.pathname}?${query}`);
      show(query);
    });
  }
}
