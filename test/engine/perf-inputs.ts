/**
 * Generators of the inputs that once made validation take quadratic time. The tests assert how many
 * diagnostics each one gives. They are timed by hand, with a script that imports this file and
 * `validateWorkflow`, because a timed test would fail on a busy machine.
 */
const header = 'workflow:\n  id: slow\n  type: airflow\n  nodes:\n';

/** Nodes that each list the same unknown dependency many times: one hint per distinct name suffices. */
export function repeatedUnknownDependencies(nodes = 2000, repeats = 138): string {
  const list = Array.from({ length: repeats }, () => 'q').join(',');
  let source = header;
  for (let index = 0; index < nodes; index++) {
    source += `    - name: n${index}\n      type: data_fetcher\n      config: { source: api }\n      depends_on: [${list}]\n`;
  }
  return source;
}

/** Nodes with an anchored, broken config, and as many nodes that repeat each config through an alias. */
export function aliasedBrokenConfigs(count = 1000): string {
  let source = header;
  for (let index = 0; index < count; index++) {
    source += `    - name: a${index}\n      type: data_fetcher\n      config: &c${index} { source: nope${index} }\n`;
  }
  for (let index = 0; index < count; index++) {
    source += `    - name: b${index}\n      type: data_fetcher\n      config: *c${index}\n`;
  }
  return source;
}

/** Nodes that merge one anchored node whose config has two mistakes. */
export function mergedBrokenNode(count = 1000): string {
  let source = `x-n: &n { type: data_fetcher, config: { source: nope, bogus: 1 } }\n${header}`;
  for (let index = 0; index < count; index++) source += `    - { <<: *n, name: n${index} }\n`;
  return source;
}
