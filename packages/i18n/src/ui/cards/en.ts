/** English messages for the Projects page cards (build status, headline KPI, grid/list toggle). Spread into ../en.ts. */
export const cardsEn = {
  'cards.view.label': 'Show projects as',
  'cards.view.grid': 'Grid',
  'cards.view.list': 'List',
  'cards.modified': 'Modified {time}',
  'cards.modifiedJustNow': 'Modified just now',
  'cards.kpi.label': '{metric} today',
  'cards.kpi.noData': 'No data yet',
  'cards.build.label': 'Site',
  'cards.build.queued': 'Build queued',
  'cards.build.building': 'Building…',
  'cards.build.failed': 'Build failed',
  'cards.build.live': 'Live',
  'cards.build.reportedAt': 'Reported {time}',
  'cards.build.newTab': '(opens in a new tab)',
} as const satisfies Record<string, string>;
