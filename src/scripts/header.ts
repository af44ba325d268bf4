/**
 * The page furniture's behaviour, in one small module for every page: the
 * theme and calendar-order toggles and the citations' copy buttons (custom
 * elements upgrading hidden buttons) and the "/" shortcut to the search box.
 */
import { bindPreferenceToggle } from './preference.ts';
import { bindSearchShortcut } from './search-shortcut.ts';

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

customElements.define('theme-toggle', ThemeToggle);
customElements.define('copy-button', CopyButton);
customElements.define('calendar-toggle', CalendarToggle);
bindSearchShortcut();
