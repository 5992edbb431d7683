/**
 * The two colour schemes every diagram is rendered in. Starlight switches its palette with
 * `data-theme` on the root element, and an SVG's colours are fixed when Mermaid draws it, so the
 * site ships one SVG per scheme and the stylesheet shows the one that matches.
 */
export type DiagramScheme = 'light' | 'dark';

export const diagramSchemes: readonly DiagramScheme[] = ['light', 'dark'];

/** Starlight's system font stack: labels are measured with the font the page later shows them in. */
const fontFamily =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";

/** Mermaid's `base` theme with variables close to Starlight's default grey and indigo palette. */
const themeVariables: Record<DiagramScheme, Record<string, string | boolean>> = {
  light: {
    darkMode: false,
    background: '#ffffff',
    fontFamily,
    primaryColor: '#eef0fe',
    primaryBorderColor: '#4f5bd5',
    primaryTextColor: '#17181c',
    secondaryColor: '#f3f4f6',
    tertiaryColor: '#ffffff',
    lineColor: '#545861',
    textColor: '#17181c',
  },
  dark: {
    darkMode: true,
    background: '#17181c',
    fontFamily,
    primaryColor: '#262a4a',
    primaryBorderColor: '#8b96f5',
    primaryTextColor: '#eceef2',
    secondaryColor: '#23262f',
    tertiaryColor: '#1c1e24',
    lineColor: '#b0b5c0',
    textColor: '#eceef2',
    // Gantt bars of finished tasks: Mermaid's default light grey would carry the light text unreadably.
    doneTaskBkgColor: '#3b4170',
    doneTaskBorderColor: '#8b96f5',
  },
};

/** Returns the Mermaid configuration for one scheme. `securityLevel: 'strict'` keeps scripts and click handlers out of the SVG. */
export function mermaidConfig(scheme: DiagramScheme): Record<string, unknown> {
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    theme: 'base',
    themeVariables: themeVariables[scheme],
    fontFamily,
    // HTML labels, Mermaid's default: `workflowToMermaid` writes `<br/>` and `<small>` in labels.
    // Their boxes are sized with the build machine's fonts, so diagrams.css lets text overflow them
    // rather than clip where the reader's font is wider.
    htmlLabels: true,
  };
}
