import { findTemplate, libraryTemplates, templateInstanceYaml } from '../../engine/templates/index.ts';
import { type TemplateInstance, writeParameterValues } from './instance-parameters.ts';
import { ParameterForm } from './parameter-form.ts';
import { markPickedTemplate, renderTemplateGallery } from './template-gallery.ts';

/** The editor's text, and a way to replace it that the user can undo: all the template panel uses. */
export interface TemplateEditor {
  text(): string;
  replaceText(text: string): void;
}

export interface TemplatePanel {
  /**
   * Follows the editor's text: shows the form of the template that `instance`, read from `text`, uses and
   * fills in its values. Text that the form itself wrote is skipped, so the field being typed in keeps its state.
   */
  sync(instance: TemplateInstance, text: string): void;
}

/**
 * Mounts the template gallery and the parameter form. Picking a card writes an instance of the template
 * with its example values, and editing the form rewrites `workflow.parameters`. Editing the file refills
 * the form once the validation worker has read the new text.
 */
export function mountTemplatePanel(
  gallery: HTMLElement,
  formRoot: HTMLElement,
  editor: TemplateEditor,
): TemplatePanel {
  const form = new ParameterForm(formRoot);
  let formText: string | undefined;
  let pickedName: string | undefined;

  const sync = (instance: TemplateInstance, text: string) => {
    if (text === formText) return;

    const template = instance.template === undefined ? undefined : findTemplate(instance.template);
    if (template?.name !== pickedName) {
      markPickedTemplate(gallery, template?.name);
      pickedName = template?.name;
    }
    if (!template) {
      form.hide();
      return;
    }
    if (form.template?.name === template.name) form.update(instance.values);
    else form.show(template, instance.values);
  };

  form.onChange = (values) => {
    editor.replaceText(writeParameterValues(editor.text(), values));
    formText = editor.text();
  };

  renderTemplateGallery(gallery, libraryTemplates(), (template) => {
    editor.replaceText(templateInstanceYaml(template));
  });
  markPickedTemplate(gallery, undefined);
  return { sync };
}
