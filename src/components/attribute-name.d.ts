/** A property's attribute, named as HTML names them: the property's name in kebab case (`headingLevel` → `heading-level`). */
export declare function attributeName(property: string): string;
