import type { cardsEn } from './en.ts';

/** es messages for the Projects page cards (build status, headline KPI, grid/list toggle), translated from ./en.ts. Spread into ../es.ts. */
export const cardsEs = {
  'cards.view.label': 'Mostrar proyectos como',
  'cards.view.grid': 'Cuadrícula',
  'cards.view.list': 'Lista',
  'cards.modified': 'Modificado {time}',
  'cards.modifiedJustNow': 'Modificado ahora mismo',
  'cards.kpi.label': '{metric} hoy',
  'cards.kpi.noData': 'Aún no hay datos',
  'cards.build.label': 'Sitio',
  'cards.build.queued': 'Compilación en cola',
  'cards.build.building': 'Compilando…',
  'cards.build.failed': 'Error de compilación',
  'cards.build.live': 'En línea',
  'cards.build.reportedAt': 'Notificado {time}',
  'cards.build.newTab': '(se abre en una pestaña nueva)',
} satisfies Record<keyof typeof cardsEn, string>;
