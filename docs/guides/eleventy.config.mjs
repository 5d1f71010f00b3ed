// eleventy.config.mjs: {% relatedArticles "https://ostrov.example/feeds/articles.json", 3 %}
// in a Nunjucks or Liquid template writes the cards into the page when the site is built.
import {renderFallback, renderRelatedArticles} from 'newsroom-widgets/server';

const options = {site: 'partner.example', fallback: '<a href="https://ostrov.example/articles/">Статті ОстроВ</a>'};

async function render(src, limit) {
  const attrs = {src, limit, lang: 'uk', 'time-zone': 'Europe/Kyiv'};
  try {
    return await renderRelatedArticles(attrs, options);
  } catch (error) {
    // A feed that cannot be had never breaks the build: the page gets the fallback link.
    console.warn(`relatedArticles: ${error.message} (${error.kind})`);
    return renderFallback(attrs, options);
  }
}

export default function (eleventyConfig) {
  // A shortcode in a layout runs once per page: one render per feed and limit serves the whole
  // build, so a site of a thousand pages asks the publisher for the feed once, not a thousand times.
  const rendered = new Map();
  // Each build, and each rebuild while watching, asks again.
  eleventyConfig.on('eleventy.before', () => rendered.clear());
  eleventyConfig.addShortcode('relatedArticles', async (src, limit = 3) => {
    const key = `${limit} ${src}`;
    if (!rendered.has(key)) rendered.set(key, render(src, limit));
    return await rendered.get(key);
  });
}
