/** The analytics tags a link gets; empty values are not written. */
export interface UtmTags {
  /** `utm_medium`: the element that showed the link (`related-articles`, `support-banner`, …). */
  medium: string;
  /** `utm_campaign`. */
  campaign: string;
  /** `utm_content`: a card's position, or a banner's variant id. */
  content?: string;
  /** `utm_term`: a banner's placement. */
  term?: string;
  /** `utm_source`: the partner page's hostname by default; empty leaves it out. */
  source?: string;
}

/** Tagged URLs by their inputs: a page of lists on one feed tags the same few URLs again and again. */
const tagged = new Map<string, string>();
const MAX_REMEMBERED = 500;

/**
 * Tags a link for the publisher's analytics, so it can credit the partner page
 * (`utm_source` is its hostname). A URL the publisher already tagged (any
 * `utm_` parameter) is left exactly as it is.
 */
export function withUtm(url: string, tags: UtmTags): string {
  // In the order the parameters are written, each as `utm_<name>`.
  const values = {
    source: tags.source ?? location.hostname,
    medium: tags.medium,
    campaign: tags.campaign,
    content: tags.content,
    term: tags.term,
  };
  // As JSON, no value can run into the next one.
  const key = JSON.stringify([url, values]);
  let result = tagged.get(key);
  if (result === undefined) {
    if (tagged.size >= MAX_REMEMBERED) tagged.clear();
    result = tag(url, values);
    tagged.set(key, result);
  }
  return result;
}

function tag(url: string, values: Record<string, string | undefined>): string {
  const parsed = new URL(url);
  // A copy of the query, written back once: each set() on the URL's own searchParams
  // serialises the whole URL again. The result is the same.
  const query = new URLSearchParams(parsed.search);
  if ([...query.keys()].some((name) => name.startsWith('utm_'))) return url;
  for (const [name, value] of Object.entries(values)) {
    if (value) query.set(`utm_${name}`, value);
  }
  parsed.search = query.toString();
  return parsed.href;
}
