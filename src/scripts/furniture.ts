/**
 * The page furniture's custom elements: the theme and calendar-order toggles
 * and the citations' copy buttons, each upgrading a hidden button. Used by the
 * site's header script and by the offline copy's script (scripts/offline.ts).
 */
import { bindPreferenceToggle } from './preference.ts';

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const system = window.matchMedia('(prefers-color-scheme: dark)');
    const fallback = () => (system.matches ? 'dark' : 'light');
    bindPreferenceToggle(button, { name: 'theme', on: 'dark', off: 'light', fallback });
    system.addEventListener('change', () => {
      if (!document.documentElement.dataset['theme']) button.setAttribute('aria-pressed', String(system.matches));
    });
  }
}

class CalendarToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (button) bindPreferenceToggle(button, { name: 'calendar', on: 'ns', off: 'os', fallback: () => 'os' });
  }
}

/** Copies the text just before it (a citation), and says so on the button for a moment. */
class CopyButton extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const label = button?.firstChild;
    if (!button || !label || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', () => {
      void navigator.clipboard.writeText(this.previousElementSibling?.textContent ?? '').then(() => {
        label.textContent = 'Copied';
        setTimeout(() => (label.textContent = 'Copy'), 2000);
      });
    });
  }
}

export function defineFurniture(): void {
  customElements.define('theme-toggle', ThemeToggle);
  customElements.define('copy-button', CopyButton);
  customElements.define('calendar-toggle', CalendarToggle);
}
