import type { Industry } from './accounts.ts';
import type { ActionId } from './actions.ts';

// No zod here: the web app imports this table without pulling a validator into its bundle.

// ---- vertical packs -------------------------------------------------------------------------
/** Per industry: the next actions offered, most useful first. */
export const VERTICAL_NEXT_ACTIONS: Record<Industry, ActionId[]> = {
  ecommerce: ['recover_abandoned', 'follow_up_orders', 'check_payments', 'send_promo', 'check_tracking'],
  services: ['confirm_bookings', 'follow_up_leads', 'send_promo', 'check_tracking'],
  saas: ['onboard_users', 'follow_up_leads', 'post_update', 'check_tracking'],
  restaurant: ['confirm_bookings', 'follow_up_orders', 'send_promo', 'check_tracking'],
  other: ['follow_up_leads', 'send_promo', 'check_tracking'],
};
