/** The tags of docs/tracker.md, filled in for this Run Hub and project. Pure. */

/** The one tag every page needs, in `<head>`: the tracker sends to the origin it is loaded from. */
export function trackerTag(origin: string, publicKey: string): string {
  return `<script src="${origin}/sdk/runhub.js" data-key="${publicKey}" defer></script>`;
}

/** Shopping steps, recorded where they happen on the site. */
export const trackUsage = `runhub.track('add_to_cart', { sku: 'A1', qty: 1 });
runhub.track('checkout_started', { cartValue: 4999 });`;

/** What the snippet shows for a key it cannot show in full: its listed prefix, visibly cut. */
export const truncatedKey = (prefix: string) => `${prefix}…`;
