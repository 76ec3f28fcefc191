import type { cardsEn } from './en.ts';

/** fr messages for the Projects page cards (build status, headline KPI, grid/list toggle), translated from ./en.ts. Spread into ../fr.ts. */
export const cardsFr = {
  'cards.view.label': 'Afficher les projets en',
  'cards.view.grid': 'Grille',
  'cards.view.list': 'Liste',
  'cards.modified': 'Modifié {time}',
  'cards.modifiedJustNow': 'Modifié à l’instant',
  'cards.kpi.label': '{metric} aujourd’hui',
  'cards.kpi.noData': 'Pas encore de données',
  'cards.build.label': 'Site',
  'cards.build.queued': 'Build en attente',
  'cards.build.building': 'Build en cours…',
  'cards.build.failed': 'Échec du build',
  'cards.build.live': 'En ligne',
  'cards.build.reportedAt': 'Signalé {time}',
  'cards.build.newTab': '(s’ouvre dans un nouvel onglet)',
} satisfies Record<keyof typeof cardsEn, string>;
