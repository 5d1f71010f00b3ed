// Plain JavaScript, typed by attribute-name.d.ts, so that one rule serves both the elements
// (widget-element.ts) and the manifest's analyzer plugin (custom-elements-manifest.config.mjs),
// which Node loads as it is, without a TypeScript step.

/** A property's attribute, named as HTML names them: the property's name in kebab case (`headingLevel` → `heading-level`). */
export function attributeName(property) {
  return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
