// eleventy.config.mjs: {% relatedArticles "https://ostrov.example/feeds/articles.json", 3 %}
// in a Nunjucks or Liquid template writes the cards into the page when the site is built.
import {renderFallback, renderRelatedArticles} from 'newsroom-widgets/server';

const options = {site: 'partner.example', fallback: '<a href="https://ostrov.example/articles/">Статті ОстроВ</a>'};

export default function (eleventyConfig) {
  eleventyConfig.addShortcode('relatedArticles', async (src, limit = 3) => {
    const attrs = {src, limit, lang: 'uk', 'time-zone': 'Europe/Kyiv'};
    try {
      return await renderRelatedArticles(attrs, options);
    } catch (error) {
      // A feed that cannot be had never breaks the build: the page gets the fallback link.
      console.warn(`relatedArticles: ${error.message} (${error.kind})`);
      return renderFallback(attrs, options);
    }
  });
}
