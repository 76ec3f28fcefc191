// fr-MA differs from fr by Moroccan business usage: « société » for one’s company, a Moroccan city as the time zone example, « en devises » for foreign-currency revenue.
import type { en } from './en.ts';
import { fr } from './fr.ts';
import { listsFrMA } from './lists/fr-MA.ts';
import { settingsFrMA } from './settings/fr-MA.ts';
import { cardsFrMA } from './cards/fr-MA.ts';

/** Moroccan French UI catalog: the French catalog with Moroccan overrides. */
export const frMA = {
  ...fr,
  'auth.login.subtitle': 'Connectez-vous pour voir comment se porte votre société.',
  'projects.subtitle': 'Chaque projet correspond à une société ou à un site web.',
  'projects.new.description': 'Un projet rassemble tout ce qui concerne une société : ses événements, ses chiffres et ses automatisations.',
  'projects.empty.body': 'Créez un projet pour votre société, puis connectez votre site pour commencer à voir ce qui s’y passe.',
  'timeZonePicker.placeholder': 'Rechercher, p. ex. Casablanca',
  'run.kpi.otherCurrency': '+ {amount} en devises ({currency}), non inclus',
  ...listsFrMA,
  ...settingsFrMA,
  ...cardsFrMA,
} satisfies Record<keyof typeof en, string>;
