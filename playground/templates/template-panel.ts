import { findTemplate, libraryTemplates, templateInstanceYaml } from '../../engine/templates/index.ts';
import { readTemplateInstance, writeParameterValues } from './instance-parameters.ts';
import { ParameterForm } from './parameter-form.ts';
import { markPickedTemplate, renderTemplateGallery } from './template-gallery.ts';

/** The editor's text, and a way to replace it that the user can undo: all the template panel uses. */
export interface TemplateEditor {
  text(): string;
  replaceText(text: string): void;
}

export interface TemplatePanel {
  /** Follows the editor's text: shows the form of the template it uses and fills in its values. */
  sync(text: string): void;
}

/**
 * Mounts the template gallery and the parameter form. Picking a card writes an instance of the template
 * with its example values; editing the form rewrites `workflow.parameters`; editing the file refills the form.
 */
export function mountTemplatePanel(
  gallery: HTMLElement,
  formRoot: HTMLElement,
  editor: TemplateEditor,
): TemplatePanel {
  const form = new ParameterForm(formRoot);
  let writingForm = false;

  const sync = (text: string) => {
    if (writingForm) return;

    const instance = readTemplateInstance(text);
    const template = instance.template === undefined ? undefined : findTemplate(instance.template);
    markPickedTemplate(gallery, template?.name);
    if (!template) {
      form.hide();
      return;
    }
    if (form.template?.name === template.name) form.update(instance.values);
    else form.show(template, instance.values);
  };

  form.onChange = (values) => {
    writingForm = true;
    try {
      editor.replaceText(writeParameterValues(editor.text(), values));
    } finally {
      writingForm = false;
    }
  };

  renderTemplateGallery(gallery, libraryTemplates(), (template) => {
    editor.replaceText(templateInstanceYaml(template));
  });
  sync(editor.text());
  return { sync };
}
