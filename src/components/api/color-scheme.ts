import type { ColorScheme } from './reference-configuration.ts';

/** Starlight's current theme, from the `data-theme` attribute its theme switch sets on `<html>`. */
export function starlightColorScheme(): ColorScheme {
  return document.documentElement.dataset.theme === 'light' ? 'light' : 'dark';
}

/** Calls `onChange` whenever Starlight's theme switch changes the theme. */
export function watchStarlightColorScheme(onChange: (scheme: ColorScheme) => void): void {
  let current = starlightColorScheme();
  const observer = new MutationObserver(() => {
    const next = starlightColorScheme();
    if (next === current) return;
    current = next;
    onChange(next);
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
}
