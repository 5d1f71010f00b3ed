import {VERSION} from './version.js';

let warned = false;

/**
 * Registers a custom element without ever throwing into the partner's page.
 * The same script included twice, two versions of the library, or a bundler
 * build beside the script tag all end up here: the first definition wins, a
 * different version already holding the tag is reported once as a warning.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor & {version: string}): void {
  const registry = globalThis.customElements;
  if (!registry) return; // server-side import: nothing to register with
  const existing = registry.get(tag) as (CustomElementConstructor & {version?: string}) | undefined;
  if (existing) {
    // One warning per copy of the library, not one per tag: the partner has one thing to fix.
    // The same class defined again carries this version, so it is no clash either.
    if (existing.version !== VERSION && !warned) {
      warned = true;
      console.warn(
        `[newsroom-widgets] <${tag}> is already defined by version ${existing.version ?? 'unknown'}; ` +
          `version ${VERSION} was not registered (nor its other elements). Load the widgets once.`,
      );
    }
    return;
  }
  try {
    registry.define(tag, ctor);
  } catch (error) {
    // A constructor already registered under another name, or an invalid tag.
    console.error(`[newsroom-widgets] could not define <${tag}>:`, error);
  }
}
