/**
 * Tags the CTA so the publisher's analytics can credit the partner. A URL the
 * publisher already tagged (any `utm_` parameter) is left exactly as it is.
 */
export function withUtm(url: string, campaign: string, variant: string, source = location.hostname): string {
  const u = new URL(url);
  if ([...u.searchParams.keys()].some((k) => k.startsWith('utm_'))) return url;
  const tags = {utm_source: source, utm_medium: 'support-banner', utm_campaign: campaign, utm_content: variant};
  for (const [k, v] of Object.entries(tags)) if (v) u.searchParams.set(k, v);
  return u.href;
}
