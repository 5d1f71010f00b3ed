/**
 * Word forms for matching topics and titles, Ukrainian and English: enough that «Покровськ»
 * finds «під Покровськом» and «енергетика» finds «енергетичної», without a dictionary.
 *
 * Why a small suffix stemmer of our own rather than a library: Snowball-style stemmers reduce
 * «енергетика» to «енергетик» and «енергетичної» to «енергетичн», so a comparison that allows
 * the consonant change before a suffix (к/ч, г/ж, х/ш) is needed anyway; once that exists, the
 * inflectional endings are all a stemmer has to strip, and a Ukrainian plus an English one would
 * take a large share of the script tag's byte budget. The misses it accepts are written down in
 * the stemmer's test table.
 */

/**
 * Ukrainian inflectional endings (nouns, adjectives, verbs), longest first so the longest that
 * fits is stripped; English ones likewise. Derivational suffixes are left on: «школа» and
 * «школяр», "nation" and "national" stay two words each.
 */
const UK_ENDINGS = (
  'ього ьому ими іми ями ами ого ому ові еві ити ати яти ють ать ять ий ій ої ою ею єю ім им их іх ів їв ам ям ах ях ом ем єм ти ть ся сь а е є і ї и о у ю я ь й'
).split(' ');
const EN_ENDINGS = 'ings ing ies ied ed es s y e'.split(' ');

/**
 * The shortest stem left after stripping an ending: shorter stems would match unrelated words. A verb
 * ending with т (ти, ть, ити…) leaves one letter more: in «шахти», «кошти», «факти», «вість» the т is
 * the noun's own, and «шахти» stripped to «шах» would no longer find «шахта».
 */
const MIN_STEM = 3;

/**
 * Ukrainian words that say nothing about a topic but are common in titles («Вода для Покровська»).
 * Words under {@link MIN_STEM} letters are dropped anyway (в, на, та, і, що, як, of, in; not an acronym); the feeds are
 * Ukrainian, so English ones are not listed: they only add a little to a `related-to` score.
 */
const STOP_WORDS = new Set('про для після через під над при між від або але який яка які його також'.split(' '));

/** ʼ (U+02BC), ’ (U+2019), ‘ (U+2018), ` and ' are one letter in Ukrainian spelling: all become '. */
const APOSTROPHES = /[ʼ’‘`]/g;

/** Letters (any script) and apostrophes between letters: one word. */
const WORD = /\p{L}+(?:'\p{L}+)*/gu;

/** The stem of one lower-case word: its longest ending stripped, if enough is left. */
export function stem(word: string): string {
  // A word is stemmed with the list of the alphabet it is written in.
  const endings = /[a-z]/.test(word) ? EN_ENDINGS : UK_ENDINGS;
  for (const ending of endings) {
    const shortest = ending.includes('т') ? MIN_STEM + 1 : MIN_STEM;
    if (word.endsWith(ending) && word.length - ending.length >= shortest) return word.slice(0, -ending.length);
  }
  return word;
}

/** The stems of a text's meaningful words, in order, without repeats. */
export function stems(text: string): string[] {
  const found = new Set<string>();
  for (const [written] of text.replace(APOSTROPHES, "'").matchAll(WORD)) {
    const word = written.toLowerCase();
    // A short word says nothing (в, на, of), unless it is an acronym in capitals: ЄС, РФ, EU name a topic.
    const acronym = written.length > 1 && written === written.toUpperCase();
    if ((word.length >= MIN_STEM || acronym) && !STOP_WORDS.has(word)) found.add(stem(word));
  }
  return [...found];
}

/**
 * Whether two stems are forms of one word: equal; or one begins the other (the other kept a
 * suffix, «енергетик» in «енергетикою»), when the shorter has four letters or more; or they
 * differ only in the last letter of the shorter (a consonant change before the ending:
 * «енергетик» and «енергетичн»), when the part they share has five or more.
 */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  let shared = 0;
  while (shared < shorter && a[shared] === b[shared]) shared++;
  if (shared === shorter) return shorter >= 4;
  return shared === shorter - 1 && shared >= 5;
}
