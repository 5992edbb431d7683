import type { CliContext } from '../cli-context.ts';
import { UsageError } from '../cli-error.ts';
import { type OptionSpecs, parseOptions } from '../parse-options.ts';
import type { Command } from './command.ts';
import { loadValidWorkflow } from './export.ts';

const optionSpecs: OptionSpecs = {
  direction: { type: 'string', short: 'd' },
  svg: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

const help = `Prints the graph of a workflow file as a Mermaid flowchart on stdout.

The file is validated first; when it has errors they are printed on stderr and the exit status is 1.
A router's edges are labelled with their conditions.

options:
  -d, --direction DIR   TD (top down, default) or LR (left to right)
      --svg             print the drawn graph as SVG instead of Mermaid text; needs Chromium
                        (/usr/bin/chromium, or the path in PORTAL_CHROMIUM_PATH)
  -h, --help            show this help
`;

export const renderCommand: Command = {
  name: 'render',
  summary: 'print the graph of a workflow file as Mermaid text',
  usage: 'wf render FILE [--direction TD|LR] [--svg]',
  help,
  run: runRender,
};

async function runRender(args: readonly string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseOptions(args, optionSpecs, 'render');
  if (values.help === true) {
    context.stdout.write(`usage: ${renderCommand.usage}\n\n${help}`);
    return 0;
  }

  const direction = values.direction ?? 'TD';
  if (direction !== 'TD' && direction !== 'LR') {
    throw new UsageError(
      `option \`--direction\` must be \`TD\` or \`LR\`, got \`${String(direction)}\``,
      'render',
    );
  }
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError('missing FILE: name the workflow file to render', 'render');
  if (extra.length > 0)
    throw new UsageError(`unexpected argument \`${extra[0]}\`, render takes one FILE`, 'render');

  const loaded = await loadValidWorkflow(file, context);
  if (!loaded.ok) return loaded.status;

  const { workflowToMermaid } = await import('../../workflow/index.ts');
  const mermaidText = workflowToMermaid(loaded.workflow, { direction });
  if (values.svg !== true) {
    context.stdout.write(mermaidText);
    return 0;
  }

  return renderSvg(mermaidText, file, context);
}

/** Draws the flowchart in headless Chromium with the same renderer and theme as the docs site's build. */
async function renderSvg(mermaidText: string, file: string, context: CliContext): Promise<number> {
  const { MermaidBrowser } = await import('../../../scripts/mermaid/mermaid-browser.ts');
  const { mermaidConfig } = await import('../../../scripts/mermaid/mermaid-themes.ts');
  const executablePath = context.env.PORTAL_CHROMIUM_PATH || '/usr/bin/chromium';

  let browser: Awaited<ReturnType<typeof MermaidBrowser.launch>>;
  try {
    browser = await MermaidBrowser.launch(executablePath);
  } catch {
    context.stderr.write(
      `wf: cannot draw SVG: Chromium did not start from \`${executablePath}\`; install Debian's chromium package or set PORTAL_CHROMIUM_PATH, or drop --svg for Mermaid text\n`,
    );
    return 2;
  }

  try {
    const svg = await browser.render(mermaidText, 'workflow-graph', mermaidConfig('light'));
    context.stdout.write(`${svg}\n`);
    return 0;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    context.stderr.write(`wf: cannot draw \`${file}\` as SVG: ${reason}\n`);
    return 2;
  } finally {
    await browser.close();
  }
}
