import type { cardsEn } from './en.ts';

/** de messages for the Projects page cards (build status, headline KPI, grid/list toggle), translated from ./en.ts. Spread into ../de.ts. */
export const cardsDe = {
  'cards.view.label': 'Projekte anzeigen als',
  'cards.view.grid': 'Raster',
  'cards.view.list': 'Liste',
  'cards.modified': 'Geändert {time}',
  'cards.modifiedJustNow': 'Gerade geändert',
  'cards.kpi.label': '{metric} heute',
  'cards.kpi.noData': 'Noch keine Daten',
  'cards.build.label': 'Website',
  'cards.build.queued': 'Build in Warteschlange',
  'cards.build.building': 'Wird gebaut…',
  'cards.build.failed': 'Build fehlgeschlagen',
  'cards.build.live': 'Live',
  'cards.build.reportedAt': 'Gemeldet {time}',
  'cards.build.newTab': '(öffnet in neuem Tab)',
} satisfies Record<keyof typeof cardsEn, string>;
