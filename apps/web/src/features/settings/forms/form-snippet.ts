import type { Form, FormField } from '@runhub/contracts/sources';

// The contract's HONEYPOT_FIELD; importing its value would pull zod into the page bundle.
const HONEYPOT_FIELD = '_hp';

/**
 * A plain HTML form that posts to a hosted form (apps/server/src/sources/form-submissions.routes.ts):
 * urlencoded, so it works without JavaScript, with the hidden honeypot that people leave empty
 * and bots fill in. Pure.
 */

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function control(field: FormField): string {
  const required = field.required ? ' required' : '';
  if (field.type === 'textarea') return `<textarea name="${field.name}"${required}></textarea>`;
  return `<input name="${field.name}" type="${field.type}"${required}>`;
}

export function formEmbedSnippet(origin: string, form: Pick<Form, 'submitPath' | 'fields'>, submitLabel: string): string {
  const lines = [
    `<form method="post" action="${origin}${form.submitPath}">`,
    ...form.fields.map((field) => `  <label>${escapeHtml(field.label ?? field.name)} ${control(field)}</label>`),
    `  <input name="${HONEYPOT_FIELD}" style="display:none" tabindex="-1" autocomplete="off" aria-hidden="true">`,
    `  <button type="submit">${escapeHtml(submitLabel)}</button>`,
    '</form>',
  ];
  return lines.join('\n');
}
