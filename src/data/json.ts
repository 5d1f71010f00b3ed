import type {LoadError} from './load-error.js';

/** The error class of a kind of document (FeedError, ConfigError), so its readers see their own type. */
type DocumentErrorClass = new (kind: 'parse', message: string, url: string) => LoadError<string>;

/** A JSON object: not null, not an array (what a feed's or a config's fields are read from). */
export const isJsonObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON.parse that fails with a `parse` error naming the URL (feeds and campaign configs alike). */
export function parseJson(text: string, url: string, DocumentError: DocumentErrorClass): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DocumentError('parse', `${url} is not valid JSON (${(error as Error).message})`, url);
  }
}
