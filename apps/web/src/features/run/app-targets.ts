/**
 * Actions and alerts name their destination relative to the project ('transactions?filter=failed',
 * 'setup', 'settings?section=stripe', 'forms'). This says where that is in the app, or null for a
 * destination the app does not know: the UI then offers no button rather than a link to nowhere.
 */
export function appPathFor(projectId: string, target: string): string | null {
  const [view = '', query = ''] = target.split('?', 2);
  const run = `/projects/${encodeURIComponent(projectId)}/run`;
  const withQuery = (base: string) => (query ? `${base}&${query}` : base);
  switch (view) {
    case 'overview':
    case 'transactions':
    case 'leads':
    case 'settings':
      return withQuery(`${run}?tab=${view}`);
    case 'forms':
      return `${run}?tab=settings&section=forms`;
    // The setup wizard opens over whichever tab the URL names (`?setup=open`).
    case 'setup':
      return `${run}?tab=overview&setup=open`;
    default:
      return null;
  }
}
