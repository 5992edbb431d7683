import { afterAll, describe, expect, test } from 'vitest';
import { closeDiagramRenderer, renderDiagram } from '../../scripts/mermaid/render-diagram.ts';
import { accessibleTitle, labelSvg, replaceSvgId } from '../../scripts/mermaid/svg-markup.ts';

afterAll(async () => {
  await closeDiagramRenderer();
});

describe('renderDiagram', () => {
  test('gives each scheme its own ids', async () => {
    const html = await renderDiagram({
      code: 'flowchart LR\n  a[extract] --> b[save]',
      id: 'first',
      source: 'a.md:1',
    });

    expect(html).toMatch(/^<figure class="portal-diagram" id="first">/);
    expect(html).toContain('<svg id="first-light"');
    expect(html).toContain('<svg id="first-dark"');
    expect(html).toContain('role="img" aria-label="Diagram"');
    expect(html).not.toMatch(/mermaid-[0-9a-f]{16}/);
  });

  test('same code twice gets distinct ids', async () => {
    const code = 'flowchart TD\n  x --> y';
    const one = await renderDiagram({ code, id: 'one', source: 'a.md:1' });
    const two = await renderDiagram({ code, id: 'two', source: 'a.md:9' });

    expect(one).toContain('id="one-light"');
    expect(two).toContain('id="two-light"');
    expect(two).not.toContain('one-light');
  });

  test('failure names the source location', async () => {
    const failure = renderDiagram({ code: 'flowchart LR\n  a -->', id: 'broken', source: 'docs/page.md:12' });

    await expect(failure).rejects.toThrow(
      /^mermaid diagram at `docs\/page\.md:12` failed to render: Parse error/,
    );
  });
});

describe('svg markup', () => {
  test('replaceSvgId rewrites every occurrence', () => {
    expect(replaceSvgId('<svg id="p"><style>#p .a{}</style><use href="#p_m"/></svg>', 'p', 'q')).toBe(
      '<svg id="q"><style>#q .a{}</style><use href="#q_m"/></svg>',
    );
  });

  test('labelSvg replaces the role and escapes the label', () => {
    const svg =
      '<svg id="d" role="graphics-document document" aria-roledescription="flowchart-v2"><g/></svg>';

    expect(labelSvg(svg, 'A "quoted" <name>')).toBe(
      '<svg id="d" role="img" aria-label="A &quot;quoted&quot; &lt;name&gt;"><g/></svg>',
    );
  });

  test('labelSvg rejects output without an svg root', () => {
    expect(() => labelSvg('<div></div>', 'x')).toThrow(
      'mermaid output does not start with an `<svg>` element',
    );
  });

  test('accessibleTitle reads the accTitle line', () => {
    expect(accessibleTitle('flowchart LR\n  accTitle: Order of the nightly jobs\n  a --> b')).toBe(
      'Order of the nightly jobs',
    );
    expect(accessibleTitle('flowchart LR\n  a --> b')).toBeUndefined();
  });
});
