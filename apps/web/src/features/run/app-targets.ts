/**
 * Actions and alerts name their destination relative to the project ('transactions?filter=failed',
 * 'setup', 'settings?section=stripe'). This says where that is in the app, or null while that
 * view is not built: the UI then offers no button rather than a link to nowhere.
 */
export function appPathFor(projectId: string, target: string): string | null {
  const [view = '', query = ''] = target.split('?', 2);
  const project = `/projects/${encodeURIComponent(projectId)}`;
  switch (view) {
    case 'overview':
      return `${project}/run?tab=overview${query ? `&${query}` : ''}`;
    // Setting up means API keys for now, and they live on the project page.
    case 'setup':
      return project;
    default:
      return null;
  }
}
