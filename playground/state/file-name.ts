/** Valid workflow ids are safe file names; anything else falls back to `workflow.yaml`. */
export function workflowFileName(workflowId: string | undefined): string {
  return workflowId && /^[a-z][a-z0-9_-]*$/.test(workflowId) ? `${workflowId}.yaml` : 'workflow.yaml';
}

/** The command that validates the downloaded file locally, as the portal's docs write it. */
export function validateCommand(fileName: string): string {
  return `npm run -s wf -- validate ${fileName}`;
}
