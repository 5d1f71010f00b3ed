// Types of snippets.mjs, for the builder (docs/tsconfig.json checks it without allowJs).
export declare const preloadLine: (feedUrl: string) => string;
export declare const RESIZER: string;
export declare function embedUrl(page: string, tag: string, attrs: [string, string | true][]): string;
export declare const iframeSnippet: (src: string, title: string) => string;
