/**
 * Tags a link for the publisher's analytics, so it can credit the partner page
 * (`utm_source` is its hostname). A URL the publisher already tagged (any
 * `utm_` parameter) is left exactly as it is; empty values are not written.
 */
export function withUtm(url: string, medium: string, campaign: string, content?: string, source = location.hostname): string {
  const u = new URL(url);
  if ([...u.searchParams.keys()].some((k) => k.startsWith('utm_'))) return url;
  const tags = {utm_source: source, utm_medium: medium, utm_campaign: campaign, utm_content: content};
  for (const [k, v] of Object.entries(tags)) if (v) u.searchParams.set(k, v);
  return u.href;
}
