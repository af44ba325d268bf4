/**
 * "/" and Ctrl+K (⌘K on a Mac) focus the page's search box, as on many
 * reference and documentation sites; "/" only when the reader is not already
 * typing somewhere. Shared by the header box and the search page, which each
 * mark their input with `data-search-input`.
 */
export function bindSearchShortcut(): void {
  document.addEventListener('keydown', (event) => {
    const commandK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
    if (!commandK && !slash) return;
    const target = event.target as HTMLElement | null;
    if (slash && target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    const input = document.querySelector<HTMLInputElement>('[data-search-input]');
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
