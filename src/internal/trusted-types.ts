interface Policy {
  createHTML(s: string): unknown;
}
// null: the page refused the policy once; asking again would only report again.
let policy: Policy | undefined | null;

/**
 * The one Trusted Types policy the widgets use, created on first need only:
 * a page enforcing `require-trusted-types-for 'script'` rejects plain strings
 * even for DOMParser (XML feeds, and HTML mode for character references). The
 * string passes unchanged because the parsed document is only read, never
 * attached to the page. Throws when the page's CSP
 * does not allow a policy named `newsroom-widgets`.
 */
export function trustedHTML(s: string): string {
  const tt = (globalThis as {trustedTypes?: {createPolicy(name: string, rules: Policy): Policy}}).trustedTypes;
  if (!tt) return s;
  if (policy === null) throw new TypeError('Trusted Types policy "newsroom-widgets" refused');
  try {
    policy ??= tt.createPolicy('newsroom-widgets', {createHTML: (x: string) => x});
  } catch (e) {
    policy = null;
    throw e;
  }
  return policy.createHTML(s) as string;
}
