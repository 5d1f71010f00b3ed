// A pasted campaign config checked against banner.schema.json, and what is wrong with it said
// for a person: one problem per field, named by its JSON pointer (RFC 6901), in plain words.
// The docs' "Check your config" box (config-check.ts) shows these, and
// test/node/banner-schema.test.mjs checks them. No Node or DOM APIs here.

/** What a JSON type is called in a message. */
const KIND = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  object: 'an object {…}',
  array: 'a list […]',
  boolean: 'true or false',
  null: 'null',
};

/** A property name as one JSON pointer segment: `~` and `/` escaped. */
const segment = (name) => String(name).replace(/~/g, '~0').replace(/\//g, '~1');

/** The first sentence of a schema description: the short form the field takes. */
const firstSentence = (text = '') => text.match(/^.*?\.(?=\s+[A-Z«]|$)/)?.[0] ?? text;

/** "A variant that is …." → "a variant that is …", to follow "needs". */
const lowerStart = (text) => text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, '');

/**
 * One Ajv error (compiled with `verbose`, so it carries the schema around it) as a field and
 * a sentence. A missing or unknown field is named itself, not the object that lacks or has it.
 */
function problemOf(error) {
  const {keyword, params, parentSchema = {}, instancePath} = error;
  switch (keyword) {
    case 'required':
    case 'dependentRequired':
      return {pointer: `${instancePath}/${segment(params.missingProperty)}`, message: 'missing: this field is required'};
    case 'additionalProperties': {
      const known = Object.keys(parentSchema.properties ?? {}).join(', ');
      return {
        pointer: `${instancePath}/${segment(params.additionalProperty)}`,
        message: `unknown field, which the banner ignores: a typo? The fields here are ${known}`,
      };
    }
    case 'type':
      return {pointer: instancePath, message: `must be ${String(params.type).split(',').map((t) => KIND[t] ?? t).join(' or ')}`};
    case 'const':
      return {pointer: instancePath, message: `must be ${JSON.stringify(params.allowedValue)}`};
    case 'minimum':
      return {pointer: instancePath, message: `must be ${params.limit} or more`};
    case 'exclusiveMinimum':
      return {pointer: instancePath, message: `must be more than ${params.limit}`};
    case 'maximum':
      return {pointer: instancePath, message: `must be ${params.limit} or less`};
    case 'exclusiveMaximum':
      return {pointer: instancePath, message: `must be less than ${params.limit}`};
    case 'minItems':
      return {pointer: instancePath, message: params.limit === 1 ? 'must not be empty' : `needs at least ${params.limit} entries`};
    case 'maxLength':
      return {pointer: instancePath, message: `too long: at most ${params.limit} characters (the banner cuts the rest)`};
    case 'contains':
      return {pointer: instancePath, message: `needs ${lowerStart(error.schema?.description ?? 'at least one usable entry')}`};
    case 'pattern':
      // `\S`: the text fields that must say something.
      if (params.pattern === '\\S') return {pointer: instancePath, message: 'must not be empty or only spaces'};
      return {pointer: instancePath, message: `not in the expected form: ${firstSentence(parentSchema.description)}`};
    case 'format':
      return {pointer: instancePath, message: `not a real date and time: ${firstSentence(parentSchema.description)}`};
    default:
      return {pointer: instancePath, message: error.message ?? keyword};
  }
}

/**
 * The errors a validator left, as problems. Left out: the reasons a `contains` found no entry
 * (each entry's own failures inside it: the `contains` error says what is needed), an `if`
 * that only says which branch failed (the branch's errors name the field), and a
 * format error where the same value is already not in the expected form (`2026-02-20` is
 * neither a date and time nor in RFC 3339's form: said once). One problem per field and
 * message, in the validator's order.
 */
export function configProblems(errors = []) {
  const misshapen = new Set(errors.filter((e) => e.keyword === 'pattern').map((e) => e.instancePath));
  const seen = new Set();
  const problems = [];
  for (const error of errors) {
    if (/\/contains\//.test(error.schemaPath)) continue;
    // An `if` says only which branch failed (an ask without a message); the branch's own errors name the field.
    if (error.keyword === 'if') continue;
    if (error.keyword === 'format' && misshapen.has(error.instancePath)) continue;
    const problem = problemOf(error);
    const key = `${problem.pointer}\n${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

/**
 * Line and column (from 1) of a JSON syntax error, from the engine's message: Firefox and
 * newer V8 say the line and column, older V8 the position, "end of" input means the end.
 * WebKit says neither: then there is no place to give.
 */
export function syntaxErrorPlace(text, message) {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return {line: Number(lineColumn[1]), column: Number(lineColumn[2])};
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : /end of (JSON )?(input|data)/i.test(message) ? text.length : undefined;
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset).split('\n');
  return {line: before.length, column: before[before.length - 1].length + 1};
}

/**
 * Checks a pasted config's text: its JSON syntax first (one problem at the top level, with
 * its line and column), then the schema, through `validate` (Ajv's compiled schema, verbose),
 * then, for a config the schema accepts, each campaign's dates. An empty list means valid.
 */
export function checkConfigText(text, validate) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const place = syntaxErrorPlace(text, error.message);
    const where = place ? ` at line ${place.line}, column ${place.column}` : '';
    return [{pointer: '', message: `not valid JSON${where}: ${error.message}`, ...place}];
  }
  return validate(data) ? neverLive(data) : configProblems(validate.errors ?? []);
}

/**
 * What a schema cannot say, as it compares two fields: a campaign that ends before it starts
 * (dates swapped, or a year mistyped), which the banner reads without a word and never shows.
 */
function neverLive(config) {
  return config.campaigns.flatMap((campaign, i) =>
    typeof campaign.start === 'string' && typeof campaign.end === 'string' && Date.parse(campaign.end) < Date.parse(campaign.start)
      ? [{pointer: `/campaigns/${i}/end`, message: `before start (${campaign.start}): the campaign would never show`}]
      : [],
  );
}
