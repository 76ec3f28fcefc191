import type { FormField } from '@runhub/contracts/sources';
import type { MessageId } from '../../../app/messages.ts';

/**
 * The fields a new form can have. An email field makes each submission a lead (the API emits
 * lead_created), so it is the one field a visitor must fill in.
 */
export const FIELD_PRESETS = [
  { name: 'name', type: 'text', required: false, label: 'settings.forms.field.name' },
  { name: 'email', type: 'email', required: true, label: 'settings.forms.field.email' },
  { name: 'phone', type: 'tel', required: false, label: 'settings.forms.field.phone' },
  { name: 'message', type: 'textarea', required: false, label: 'settings.forms.field.message' },
] as const satisfies readonly (Omit<FormField, 'label'> & { label: MessageId })[];

export type FieldPresetName = (typeof FIELD_PRESETS)[number]['name'];

export const DEFAULT_FIELDS: readonly FieldPresetName[] = ['name', 'email', 'message'];
