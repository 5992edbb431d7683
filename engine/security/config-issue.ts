/** A problem in one entry of a credentials variable such as `WF_API_KEYS` or `WF_USERS`. */
export interface ConfigIssue {
  /** 1-based position of the entry in the variable. */
  entry: number;
  /** The field the problem is in, when it is in one field. */
  field?: string;
  message: string;
}

/** Formats an issue as one line, for example ``entry 2 (`roles`): unknown role `root` ``. */
export function formatConfigIssue(variable: string, issue: ConfigIssue): string {
  const where =
    issue.field === undefined ? `entry ${issue.entry}` : `entry ${issue.entry} (\`${issue.field}\`)`;
  return `${variable}: ${where}: ${issue.message}`;
}

/** Splits a credentials variable into entries: separated by `;` or new lines, blank entries ignored. */
export function splitConfigEntries(text: string): { entry: number; text: string }[] {
  return text
    .split(/[;\n]/)
    .map((entryText) => entryText.trim())
    .filter((entryText) => entryText !== '' && !entryText.startsWith('#'))
    .map((entryText, index) => ({ entry: index + 1, text: entryText }));
}
