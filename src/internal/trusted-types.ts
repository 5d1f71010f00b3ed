interface Policy {
  createHTML(html: string): unknown;
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
export function trustedHTML(html: string): string {
  const {trustedTypes} = globalThis as {trustedTypes?: {createPolicy(name: string, rules: Policy): Policy}};
  if (!trustedTypes) return html;
  if (policy === null) throw new TypeError('Trusted Types policy "newsroom-widgets" refused');
  try {
    policy ??= trustedTypes.createPolicy('newsroom-widgets', {createHTML: (unchanged: string) => unchanged});
  } catch (error) {
    policy = null;
    throw error;
  }
  return policy.createHTML(html) as string;
}
