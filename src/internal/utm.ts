/**
 * Tags a link for the publisher's analytics, so it can credit the partner page
 * (`utm_source` is its hostname). A URL the publisher already tagged (any
 * `utm_` parameter) is left exactly as it is; empty values are not written.
 */
export function withUtm(url: string, medium: string, campaign: string, content?: string, source = location.hostname): string {
  // A page of lists on one feed tags the same few URLs again and again: each is parsed once.
  const key = [url, medium, campaign, content, source].join('\n');
  let tagged = seen.get(key);
  if (tagged === undefined) {
    if (seen.size >= 500) seen.clear();
    seen.set(key, (tagged = tag(url, {utm_source: source, utm_medium: medium, utm_campaign: campaign, utm_content: content})));
  }
  return tagged;
}

const seen = new Map<string, string>();

function tag(url: string, tags: Record<string, string | undefined>): string {
  const u = new URL(url);
  // A copy of the query, written back once: each set() on the URL's own searchParams serialises the
  // whole URL again (four times per card, a thousand cards in a long list). Same result.
  const query = new URLSearchParams(u.search);
  if ([...query.keys()].some((k) => k.startsWith('utm_'))) return url;
  for (const [k, v] of Object.entries(tags)) if (v) query.set(k, v);
  u.search = query.toString();
  return u.href;
}
