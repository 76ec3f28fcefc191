/**
 * The pages a visitor sees after posting a plain HTML form (no JavaScript on the site's side):
 * a thank-you when there is no page to send them back to, and, when the post is refused, what was
 * wrong and the way back. JSON posts never see these.
 */

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const page = (title: string, body: string) =>
  `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${body}`;

export const thanksPage = () => page('Thank you', '<p>Thank you, your message was sent.</p>');

/** `back` is the page the form was on (an http(s) URL), when the browser said which. */
export function notSentPage(reason: string, back: string | undefined): string {
  const way = back
    ? `<p><a href="${escapeHtml(back)}">Go back to the form</a></p>`
    : '<p>Use your browser’s back button to return to the form.</p>';
  return page('Your message was not sent', `<h1>Your message was not sent</h1><p>${escapeHtml(reason)}</p>${way}`);
}
