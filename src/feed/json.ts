import {FeedError} from './model.js';

/** JSON.parse that fails as a FeedError naming the URL (feeds and campaign configs alike). */
export function parseJson(text: string, url: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FeedError('parse', `${url} is not valid JSON (${(error as Error).message})`, url);
  }
}
