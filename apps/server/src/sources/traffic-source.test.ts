import { describe, expect, it } from 'vitest';
import { deriveTrafficSource, isSearchEngineHost } from './traffic-source.ts';

const page = (query = '') => `https://shop.example/products/a${query}`;

describe('deriveTrafficSource', () => {
  it.each([
    ['utm_medium=cpc', page('?utm_source=google&utm_medium=cpc&utm_campaign=spring'), null, 'paid'],
    ['utm_medium=ppc', page('?utm_source=bing&utm_medium=ppc'), null, 'paid'],
    ['utm_medium=paid', page('?utm_medium=paid'), null, 'paid'],
    ['utm_medium=paidsocial', page('?utm_source=facebook&utm_medium=paidsocial'), 'https://l.facebook.com/', 'paid'],
    ['utm_medium=Paid_Social (case and separators ignored)', page('?utm_medium=Paid_Social'), null, 'paid'],
    ['utm_medium=display', page('?utm_medium=display'), null, 'paid'],
    ['utm_medium=email', page('?utm_source=mailchimp&utm_medium=email'), null, 'email'],
    ['utm_source=newsletter', page('?utm_source=newsletter'), null, 'email'],
    ['other utm', page('?utm_source=partner-blog&utm_medium=article'), null, 'referral'],
    ['utm campaign only', page('?utm_campaign=launch'), null, 'referral'],
    ['utm from a search engine source', page('?utm_source=google&utm_medium=organic'), null, 'organic'],
    ['utm with a search engine referrer', page('?utm_campaign=launch'), 'https://www.google.com/', 'organic'],
    ['Google referrer', page(), 'https://www.google.com/', 'organic'],
    ['Google country domain', page(), 'https://google.co.uk/search?q=x', 'organic'],
    ['Bing', page(), 'https://www.bing.com/search?q=shoes', 'organic'],
    ['DuckDuckGo', page(), 'https://duckduckgo.com/', 'organic'],
    ['Yahoo subdomain', page(), 'https://search.yahoo.co.jp/', 'organic'],
    ['Yandex', page(), 'https://yandex.ru/', 'organic'],
    ['Baidu', page(), 'https://www.baidu.com/s?wd=x', 'organic'],
    ['Ecosia', page(), 'https://www.ecosia.org/search?q=x', 'organic'],
    ['a host that only contains a search engine name', page(), 'https://notgoogle.com/', 'referral'],
    ['another site', page(), 'https://blog.example.org/post', 'referral'],
    ['same host', page(), 'https://shop.example/cart', 'direct'],
    ['same host with www.', page(), 'https://www.shop.example/', 'direct'],
    ['no referrer', page(), null, 'direct'],
    ['empty referrer', page(), '', 'direct'],
    ['malformed referrer', page(), 'not a url', 'direct'],
  ] as const)('%s → %s', (_case, url, referrer, expected) => {
    expect(deriveTrafficSource(url, referrer).trafficSource).toBe(expected);
  });

  it('returns the utm values as given (trimmed), null when absent', () => {
    expect(deriveTrafficSource(page('?utm_source=%20Google%20&utm_medium=CPC&utm_campaign=Spring%20Sale'), null)).toEqual({
      trafficSource: 'paid',
      utmSource: 'Google',
      utmMedium: 'CPC',
      utmCampaign: 'Spring Sale',
    });
    expect(deriveTrafficSource(page(), 'https://www.google.com/')).toEqual({ trafficSource: 'organic', utmSource: null, utmMedium: null, utmCampaign: null });
  });

  it('caps utm values at 200 characters and survives a malformed page URL', () => {
    expect(deriveTrafficSource(page(`?utm_source=${'x'.repeat(300)}`), null).utmSource).toHaveLength(200);
    expect(deriveTrafficSource('::', 'https://blog.example.org/')).toMatchObject({ trafficSource: 'referral', utmSource: null });
  });
});

describe('isSearchEngineHost', () => {
  it('matches a search engine label, not a name inside another word', () => {
    expect(isSearchEngineHost('www.GOOGLE.com')).toBe(true);
    expect(isSearchEngineHost('news.google.de')).toBe(true);
    expect(isSearchEngineHost('google')).toBe(false);
    expect(isSearchEngineHost('mygoogle.com')).toBe(false);
  });
});
