/**
 * HTML from a feed (RSS descriptions, JSON Feed content_html) turned into plain
 * text without ever handing it to an HTML parser attached to a document: no
 * element is created, nothing loads, and it works under Trusted Types and in
 * Node. The text is then rendered through Lit text bindings, so even a
 * fragment this misses can only ever show up as visible characters.
 */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»',
  lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', yen: '¥', cent: '¢',
  bull: '•', middot: '·', deg: '°', times: '×', divide: '÷', minus: '−', prime: '′',
  shy: '', zwj: '', zwnj: '', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
  iexcl: '¡', iquest: '¿', sect: '§', para: '¶', frac12: '½', frac14: '¼', frac34: '¾',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß',
  eacute: 'é', egrave: 'è', ecirc: 'ê', aacute: 'á', agrave: 'à', acirc: 'â', atilde: 'ã',
  iacute: 'í', oacute: 'ó', otilde: 'õ', ocirc: 'ô', uacute: 'ú', ccedil: 'ç', ntilde: 'ñ',
  Eacute: 'É', Aacute: 'Á', Oacute: 'Ó', Uacute: 'Ú', Ccedil: 'Ç', Ntilde: 'Ñ',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,31});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      // Surrogates, NUL and out-of-range code points become U+FFFD, as HTML does.
      if (!code || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    return NAMED[body] ?? whole;
  });
}

/** Plain text of an HTML fragment: tags dropped, block ends become spaces, entities decoded. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      // Content of these elements is never reader-visible text.
      .replace(/<(script|style|template|noscript|iframe|object|svg|math)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
      .replace(/<\/?[a-z][^>]*>/gi, (tag) => (/^<\/?(p|div|br|li|h[1-6]|tr|td|th|blockquote|section|article|figure|figcaption|hr)\b/i.test(tag) ? ' ' : ''))
      // A stray unclosed tag at the end of a clamped description.
      .replace(/<[a-z/][^>]*$/i, ''),
  );
}
