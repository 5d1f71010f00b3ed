interface Policy {
  createHTML(s: string): unknown;
}
let policy: Policy | undefined;

/**
 * The one Trusted Types policy the widgets use, created on first need only:
 * a page enforcing `require-trusted-types-for 'script'` rejects plain strings
 * even for DOMParser's XML mode. The string passes unchanged because the parsed
 * document is only read, never attached to the page. Throws when the page's CSP
 * does not allow a policy named `newsroom-widgets`.
 */
export function trustedHTML(s: string): string {
  const tt = (globalThis as {trustedTypes?: {createPolicy(name: string, rules: Policy): Policy}}).trustedTypes;
  if (!tt) return s;
  policy ??= tt.createPolicy('newsroom-widgets', {createHTML: (x: string) => x});
  return policy.createHTML(s) as string;
}
