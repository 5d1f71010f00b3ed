// server.mjs: `node server.mjs`, then open http://127.0.0.1:8080/
// A page with the publisher's cards in its HTML, rendered on the server: readers see them
// before any script runs (or with none), and crawlers see the links.
import {createServer} from 'node:http';
import {renderFallback, renderRelatedArticles} from 'newsroom-widgets/server';

const FEED = process.env.FEED_URL ?? 'https://ostrov.example/feeds/articles.json';
const attrs = {src: FEED, limit: 3, lang: 'uk', 'time-zone': 'Europe/Kyiv'};
// Your hostname (the links' utm_source, as the script writes it) and the link readers get when the feed fails.
const options = {site: 'partner.example', fallback: '<a href="https://ostrov.example/articles/">Статті ОстроВ</a>'};

async function render() {
  try {
    return await renderRelatedArticles(attrs, options);
  } catch (error) {
    // error.kind says why: 'network', 'timeout', 'http', 'too-large', 'not-a-feed', 'parse'
    console.error(`related articles: ${error.message} (${error.kind})`);
    return renderFallback(attrs, options);
  }
}

// One render serves every request for five minutes, so the publisher's feed is asked
// once per five minutes, not once per reader. The render's promise is kept, not its
// HTML: readers who arrive while it runs wait for that one render instead of starting their own.
let cached = {html: undefined, until: 0};
function relatedArticles() {
  if (Date.now() >= cached.until) cached = {html: render(), until: Date.now() + 5 * 60_000};
  return cached.html;
}

const server = createServer(async (request, response) => {
  const page = `<!doctype html>
<html lang="uk">
<head><meta charset="utf-8"><title>A partner's story</title></head>
<body>
<article><h1>A partner's story</h1><p>…</p></article>
${await relatedArticles()}
</body>
</html>`;
  response.writeHead(200, {'Content-Type': 'text/html; charset=utf-8'}).end(page);
});

server.listen(Number(process.env.PORT ?? 8080), process.env.HOST ?? '127.0.0.1', () => {
  const {address, port} = server.address();
  console.log(`listening on http://${address}:${port}/`);
});
