/**
 * Whether the setup wizard was skipped or completed for a project, kept in this browser.
 * The key and value are relied on by browser tests: `runhub:setup-dismissed:<projectId>` = '1'.
 */
const keyFor = (projectId: string) => `runhub:setup-dismissed:${projectId}`;

export function isSetupDismissed(projectId: string): boolean {
  try {
    return window.localStorage.getItem(keyFor(projectId)) === '1';
  } catch {
    // Storage blocked (private mode, policy): the wizard then simply offers itself again.
    return false;
  }
}

export function markSetupDismissed(projectId: string): void {
  try {
    window.localStorage.setItem(keyFor(projectId), '1');
  } catch {
    // As above: nothing to remember it in, and nothing else depends on it.
  }
}
