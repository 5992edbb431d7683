import type { TemplateDefinition } from '../../engine/templates/index.ts';

/** Fills `list` with one card per template; activating a card calls `onPick` with its template. */
export function renderTemplateGallery(
  list: HTMLElement,
  templates: readonly TemplateDefinition[],
  onPick: (template: TemplateDefinition) => void,
): void {
  const cards = templates.map((template) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'playground-template-card';
    button.dataset.template = template.name;
    const title = document.createElement('strong');
    title.textContent = template.title;
    const summary = document.createElement('span');
    summary.textContent = template.summary;
    button.append(title, summary);
    button.addEventListener('click', () => onPick(template));
    item.append(button);
    return item;
  });
  list.replaceChildren(...cards);
}

/** Marks the card of `name` as the one in the editor, for the eye and for screen readers. */
export function markPickedTemplate(list: HTMLElement, name: string | undefined): void {
  for (const button of list.querySelectorAll<HTMLButtonElement>('button[data-template]')) {
    button.setAttribute('aria-pressed', String(button.dataset.template === name));
  }
}
