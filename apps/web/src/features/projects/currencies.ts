/**
 * The currencies offered when creating a project: the common ones for the markets Run Hub's
 * languages serve. The API accepts any ISO 4217 code; this list only keeps the picker short.
 */
export const commonCurrencies = [
  'USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'JPY', 'CNY', 'INR', 'SGD',
  'BRL', 'MXN', 'ARS', 'COP', 'CLP', 'ZAR', 'NGN', 'KES', 'TRY',
  'EGP', 'SAR', 'AED', 'QAR', 'KWD', 'BHD', 'OMR', 'JOD', 'MAD', 'TND', 'DZD',
] as const;
