/**
 * User agents that are plainly not a person's browser: crawlers, link previews, monitors,
 * headless and scripted clients. Deliberately a short list of obvious markers; a bot that
 * pretends to be a browser gets through, as it would anywhere.
 */
const BOT_USER_AGENT = new RegExp(
  [
    'bot\\b', 'bot/', 'crawl', 'spider', 'slurp', 'headless', 'lighthouse', 'pagespeed', 'gtmetrix', 'phantomjs',
    'puppeteer', 'selenium', 'webdriver', 'curl/', 'wget/', 'python-requests', 'python-urllib', 'aiohttp', 'httpx',
    'go-http-client', 'java/', 'okhttp', 'axios/', 'node-fetch', 'undici', 'libwww', 'httpclient', 'scrapy',
    'facebookexternalhit', 'embedly', 'pingdom', 'uptimerobot', 'statuscake', 'feedfetcher',
  ].join('|'),
  'i',
);

/** True for obvious bots, and for requests without any user agent (browsers always send one). */
export function isBotUserAgent(userAgent: string | undefined): boolean {
  if (!userAgent?.trim()) return true;
  return BOT_USER_AGENT.test(userAgent);
}
