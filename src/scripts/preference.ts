/**
 * A two-state reader preference kept on <html> as a data attribute and in
 * localStorage, so that Base.astro's inline script can apply it before the
 * first paint of the next page. Drives a toggle button's aria-pressed state.
 */
export interface Preference {
  /** The data attribute on <html> and the localStorage key: `theme`, `calendar`. */
  name: string;
  /** The value when the button is pressed, and when it is not. */
  on: string;
  off: string;
  /** The value in force when the reader has not chosen (e.g. the system's theme). */
  fallback: () => string;
}

export function bindPreferenceToggle(button: HTMLButtonElement, preference: Preference): void {
  const root = document.documentElement;
  const current = () => root.dataset[preference.name] ?? preference.fallback();
  const sync = () => button.setAttribute('aria-pressed', String(current() === preference.on));
  button.addEventListener('click', () => {
    const value = current() === preference.on ? preference.off : preference.on;
    root.dataset[preference.name] = value;
    try {
      localStorage.setItem(preference.name, value);
    } catch {
      // Storage can be blocked; the choice then lasts for this page only.
    }
    sync();
  });
  sync();
  button.hidden = false;
}
