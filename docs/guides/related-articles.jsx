// app/related-articles.jsx: a React Server Component (Next.js App Router, no 'use client'):
// <RelatedArticles src="https://ostrov.example/feeds/articles.json" limit={3} /> in a page.
import {renderFallback, renderRelatedArticles} from 'newsroom-widgets/server';

const options = {site: 'partner.example', fallback: '<a href="https://ostrov.example/articles/">Статті ОстроВ</a>'};

export default async function RelatedArticles({src, limit = 3, lang = 'uk'}) {
  const attrs = {src, limit, lang, 'time-zone': 'Europe/Kyiv'};
  let html;
  try {
    html = await renderRelatedArticles(attrs, options);
  } catch (error) {
    console.error(`RelatedArticles: ${error.message} (${error.kind})`);
    html = renderFallback(attrs, options);
  }
  // The renderer's own HTML, every value from the feed escaped by it: safe to write as it is.
  // Its shadow root is attached by the HTML parser, so the DOM never equals this string:
  // suppressHydrationWarning keeps React from reporting that when the page hydrates.
  return <div dangerouslySetInnerHTML={{__html: html}} suppressHydrationWarning />;
}
