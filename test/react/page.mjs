// The page a partner's React app renders, shared by both sides of the test: render.mjs
// renders it to HTML in Node, hydrate.test.ts hydrates that HTML with the same tree in
// the browser. Written with createElement, not JSX, so Node runs it as it is.
import {createElement as h, StrictMode} from 'react';
import {ArticleCard, RelatedArticles, SupportBanner} from '../../dist/react.js';

/**
 * @param {{src: string, bannerSrc: string, item?: object, strict?: boolean, on?: Record<string, (event: CustomEvent) => void>}} props
 *   `on` holds the handlers (the browser's; the server has none to call).
 */
export function Page({src, bannerSrc, item, strict = false, on = {}}) {
  const page = h(
    'main',
    null,
    h(
      RelatedArticles,
      {
        src,
        headingLevel: 4,
        allHref: 'https://ostrov.example/all-articles/',
        className: 'related',
        onRelatedArticlesLoad: on.load,
        onRelatedArticlesClick: on.click,
      },
      h('a', {href: 'https://ostrov.example/articles/'}, 'Статті ОстроВ'),
    ),
    h(ArticleCard, {item, headingLevel: 3, timeZone: 'Asia/Tokyo'}),
    h(SupportBanner, {src: bannerSrc, placement: 'inline', onSupportBannerDismiss: on.dismiss}),
  );
  return strict ? h(StrictMode, null, page) : page;
}
