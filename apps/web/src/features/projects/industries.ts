import type { Industry } from '@runhub/contracts/accounts';
import type { MessageId } from '../../app/messages.ts';

// A Record keyed by the contract's type, so adding an industry there fails type-checking here.
// (Importing the contract's INDUSTRIES array would also pull zod into the page bundle.)
export const industryLabels: Record<Industry, MessageId> = {
  ecommerce: 'projects.industry.ecommerce',
  services: 'projects.industry.services',
  saas: 'projects.industry.saas',
  restaurant: 'projects.industry.restaurant',
  other: 'projects.industry.other',
};

export const industries = Object.keys(industryLabels) as Industry[];
