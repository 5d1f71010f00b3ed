// The campaign config's JSON Schema (schema/banner.schema.json, shipped as
// `newsroom-widgets/banner.schema.json`) against the configs we ship and against the
// parser the element really runs: every fixture and the demo's config is valid; each broken
// config is rejected with its field's JSON pointer named; and for each, what the element
// does with it (refuses the file, skips the campaign or the variant, ignores the field, cuts
// the text, keeps a value the schema is stricter about) is asserted against the built
// parseConfig, so the schema and the code cannot drift apart unseen.
// Reads the built files: run `node scripts/build.mjs` first.
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {test} from 'node:test';
import {validate as docsValidate} from '../../dist/docs/banner-config-validate.js';
import {ConfigError, parseConfig} from '../../dist/index.js';
import {checkConfigText, configProblems, syntaxErrorPlace} from '../../docs/banner-config-errors.mjs';
import {siteConfig} from '../../docs/site-plugin.mjs';
import {bannerSchema, bannerSchemaAjv} from '../../scripts/banner-schema.mjs';

const root = new URL('../../', import.meta.url).pathname;
const BASE = 'https://ostrov.example/feeds/banner.json';
const schema = bannerSchema();
const validate = bannerSchemaAjv().compile(schema);
const read = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** Every campaign config JSON file under these folders (so a new fixture is checked without being listed here). */
function configFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => /"campaigns"\s*:/.test(readFileSync(file, 'utf8')));
}

/** The example in docs/reference.md's config section. */
function referenceExample() {
  const text = readFileSync(join(root, 'docs/reference.md'), 'utf8');
  const [, json] = text.match(/### Config \(`banner\.json`, version 1\)\s+```json\n([\s\S]*?)\n```/) ?? [];
  assert.ok(json, 'docs/reference.md has the config example');
  return JSON.parse(json);
}

const shipped = [
  ...configFiles(join(root, 'test/fixtures')),
  ...configFiles(join(root, 'demo')),
  // The publisher's sample, beside the repository where the team's shared folder is.
  ...configFiles(join(root, '../shared/fixtures')),
].map((file) => [relative(root, file), read(file)]);
shipped.push(['docs/reference.md, the config example', referenceExample()]);

/** What each validator says about a config's text: the schema compiled here, and the docs' precompiled one. */
function problems(config) {
  const text = JSON.stringify(config, null, 2);
  const here = checkConfigText(text, validate);
  assert.deepEqual(checkConfigText(text, docsValidate), here, 'the docs validator says what the schema says');
  return here;
}

test('the schema is draft 2020-12, its $id is on the docs site, and every property says what it is', () => {
  const ajv = bannerSchemaAjv();
  assert.ok(ajv.validateSchema(schema), JSON.stringify(ajv.errors));
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(schema.$id, `${siteConfig(root).docs}banner.schema.json`);
  const undescribed = [];
  const walk = (node, path) => {
    if (!node || typeof node !== 'object') return;
    for (const [name, sub] of Object.entries(node.properties ?? {})) {
      if (!sub.description) undescribed.push(`${path}/properties/${name}`);
      walk(sub, `${path}/properties/${name}`);
    }
    for (const [name, sub] of Object.entries(node.$defs ?? {})) walk(sub, `${path}/$defs/${name}`);
    walk(node.items, `${path}/items`);
  };
  walk(schema, '#');
  assert.deepEqual(undescribed, []);
  // Every object of the config reports a field it does not know (a typo) instead of passing it.
  const objects = [schema, schema.$defs.campaign, schema.$defs.campaign.properties.max_views, schema.$defs.campaign.properties.max_views.properties.epic, schema.$defs.variant];
  objects.push(schema.$defs.variant.properties.cta, schema.$defs.variant.properties.goal);
  for (const node of objects) assert.equal(node.additionalProperties, false, node.description);
});

test('the package ships the schema as newsroom-widgets/banner.schema.json, and not the docs validator', () => {
  const pkg = read(join(root, 'package.json'));
  assert.equal(pkg.exports['./banner.schema.json'], './dist/banner.schema.json');
  assert.deepEqual(read(join(root, 'dist/banner.schema.json')), schema);
  assert.ok(pkg.files.includes('dist') && pkg.files.includes('!dist/docs'));
});

test('every fixture, the demo config and the reference example are valid, and the element keeps all of each', () => {
  assert.ok(shipped.length >= 3, shipped.map(([name]) => name).join(', '));
  for (const [name, config] of shipped) {
    assert.deepEqual(problems(config), [], name);
    const {value, warnings} = parseConfig(config, BASE);
    assert.deepEqual(warnings, [], name);
    assert.equal(value.campaigns.length, config.campaigns.length, name);
  }
});

const demo = read(join(root, 'demo/feeds/banner.json'));
/** The demo config changed by `change(config, campaign, variants)`. */
function broken(change) {
  const config = structuredClone(demo);
  change(config, config.campaigns[0], config.campaigns[0].variants);
  return config;
}

/** The config without the value at a JSON pointer. */
function without(config, pointer) {
  const copy = structuredClone(config);
  const path = pointer.split('/').slice(1);
  const last = path.pop();
  const parent = path.reduce((node, key) => node[key], copy);
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
  return copy;
}

/**
 * What the element does with a broken config, each checked against the built parser.
 * `bad`: the field the element's console warning names.
 */
const ELEMENT = {
  'refuses the file': (config) => {
    assert.throws(() => parseConfig(config, BASE), (error) => error instanceof ConfigError && error.kind === 'not-a-config');
  },
  'skips the campaign': (config, {bad}) => {
    const {value, warnings} = parseConfig(config, BASE);
    assert.deepEqual(value.campaigns, []);
    assert.deepEqual(warnings, [`campaign 0 skipped: bad ${bad}`]);
  },
  'skips the variant': (config, {bad, variant = 0}) => {
    const {value, warnings} = parseConfig(config, BASE);
    assert.deepEqual(value.campaigns[0].variants.map((v) => v.id), demo.campaigns[0].variants.map((v) => v.id).filter((_, i) => i !== variant));
    assert.deepEqual(warnings, [`campaign independence-2026 variant ${variant} skipped: bad ${bad}`]);
  },
  // As if the field were not there at all.
  'ignores the field': (config, {pointers}) => {
    const {value, warnings} = parseConfig(config, BASE);
    assert.deepEqual(warnings, []);
    assert.deepEqual(value, parseConfig(without(config, pointers[0]), BASE).value);
  },
  'cuts the text': (config, {cut}) => {
    const {value, warnings} = parseConfig(config, BASE);
    assert.deepEqual(warnings, []);
    const text = cut(value.campaigns[0]);
    assert.ok(text.endsWith('…') && text.length < 700, text);
  },
  // The schema is stricter than the element here, for the reason its description gives.
  'keeps the value': (config, {kept}) => {
    const {value, warnings} = parseConfig(config, BASE);
    assert.deepEqual(warnings, []);
    kept(value.campaigns[0]);
  },
};

const LONG = 'Раніше «ОстроВ» підтримували грантодавці. '.repeat(20);
const BROKEN = [
  {name: 'another version', change: (c) => (c.version = 2), pointers: ['/version'], element: 'refuses the file'},
  {name: 'campaigns missing', change: (c) => delete c.campaigns, pointers: ['/campaigns'], element: 'refuses the file'},
  {name: 'campaigns not a list', change: (c) => (c.campaigns = {}), pointers: ['/campaigns'], element: 'refuses the file'},
  {name: 'a typo at the top level', change: (c) => (c.campains = []), pointers: ['/campains'], element: 'ignores the field'},
  {name: 'campaign id missing', change: (_, k) => delete k.id, pointers: ['/campaigns/0/id'], element: 'skips the campaign', bad: 'id'},
  {name: 'campaign id a number', change: (_, k) => (k.id = 2026), pointers: ['/campaigns/0/id'], element: 'skips the campaign', bad: 'id'},
  {name: 'campaign id only spaces', change: (_, k) => (k.id = '  '), pointers: ['/campaigns/0/id'], element: 'skips the campaign', bad: 'id'},
  {name: 'start not a date', change: (_, k) => (k.start = 'next Monday'), pointers: ['/campaigns/0/start'], element: 'skips the campaign', bad: 'start'},
  {name: 'end a number', change: (_, k) => (k.end = 20261231), pointers: ['/campaigns/0/end'], element: 'skips the campaign', bad: 'end'},
  {name: 'a leap second the browser cannot read', change: (_, k) => (k.end = '2026-12-31T23:59:60Z'), pointers: ['/campaigns/0/end'], element: 'skips the campaign', bad: 'end'},
  {
    name: 'a date without a time',
    change: (_, k) => (k.end = '2026-12-31'),
    pointers: ['/campaigns/0/end'],
    element: 'keeps the value',
    kept: (k) => assert.equal(k.end, Date.parse('2026-12-31T00:00:00Z')),
  },
  {
    name: 'a day the month does not have',
    change: (_, k) => (k.end = '2026-02-30T00:00:00+02:00'),
    pointers: ['/campaigns/0/end'],
    element: 'keeps the value',
    kept: (k) => assert.equal(new Date(k.end).toISOString(), '2026-03-01T22:00:00.000Z'),
  },
  {name: 'languages as one string', change: (_, k) => (k.languages = 'uk'), pointers: ['/campaigns/0/languages'], element: 'ignores the field'},
  {name: 'a language that is not text', change: (_, k) => k.languages.push(2), pointers: ['/campaigns/0/languages/1'], element: 'ignores the field'},
  {name: 'dismiss_days as text', change: (_, k) => (k.dismiss_days = '14'), pointers: ['/campaigns/0/dismiss_days'], element: 'skips the campaign', bad: 'dismiss_days'},
  {name: 'dismiss_days negative', change: (_, k) => (k.dismiss_days = -1), pointers: ['/campaigns/0/dismiss_days'], element: 'skips the campaign', bad: 'dismiss_days'},
  {name: 'a typo in dismiss_days', change: (_, k) => (k.dismis_days = 3), pointers: ['/campaigns/0/dismis_days'], element: 'ignores the field'},
  {name: 'max_views count 0', change: (_, k) => (k.max_views.count = 0), pointers: ['/campaigns/0/max_views/count'], element: 'skips the campaign', bad: 'max_views'},
  {name: 'max_views without days', change: (_, k) => delete k.max_views.days, pointers: ['/campaigns/0/max_views/days'], element: 'skips the campaign', bad: 'max_views'},
  {name: 'max_views.epic count 0', change: (_, k) => (k.max_views.epic = {count: 0, days: 7}), pointers: ['/campaigns/0/max_views/epic/count'], element: 'skips the campaign', bad: 'max_views'},
  {name: 'max_views.epic without days', change: (_, k) => (k.max_views = {epic: {count: 1}}), pointers: ['/campaigns/0/max_views/epic/days'], element: 'skips the campaign', bad: 'max_views'},
  {name: 'max_views with only a note', change: (_, k) => (k.max_views = {_note: 'later'}), pointers: ['/campaigns/0/max_views/count', '/campaigns/0/max_views/days'], element: 'skips the campaign', bad: 'max_views'},
  {
    name: 'max_views with epic and a days without its count',
    change: (_, k) => (k.max_views = {days: 30, epic: {count: 1, days: 7}}),
    pointers: ['/campaigns/0/max_views/count'],
    element: 'keeps the value',
    kept: (k) => assert.deepEqual([k.maxViews, k.epicMaxViews], [undefined, {count: 1, days: 7}]),
  },
  {name: 'a typo in max_views.epic', change: (_, k) => (k.max_views.epic = {count: 1, days: 7, dyas: 7}), pointers: ['/campaigns/0/max_views/epic/dyas'], element: 'ignores the field'},
  {name: 'max_views as a number', change: (_, k) => (k.max_views = 5), pointers: ['/campaigns/0/max_views'], element: 'skips the campaign', bad: 'max_views'},
  {
    name: 'max_views count not whole',
    change: (_, k) => (k.max_views.count = 2.5),
    pointers: ['/campaigns/0/max_views/count'],
    element: 'keeps the value',
    kept: (k) => assert.equal(k.maxViews.count, 2.5),
  },
  {name: 'no variants', change: (_, k) => (k.variants = []), pointers: ['/campaigns/0/variants'], element: 'skips the campaign', bad: 'variants'},
  {name: 'every variant paused', change: (_, __, v) => v.forEach((x) => (x.weight = 0)), pointers: ['/campaigns/0/variants'], element: 'skips the campaign', bad: 'variants'},
  {name: 'weight negative', change: (_, __, v) => (v[0].weight = -1), pointers: ['/campaigns/0/variants/0/weight'], element: 'skips the variant', bad: 'weight'},
  {name: 'weight as text', change: (_, __, v) => (v[0].weight = '1'), pointers: ['/campaigns/0/variants/0/weight'], element: 'skips the variant', bad: 'weight'},
  {name: 'weight null', change: (_, __, v) => (v[0].weight = null), pointers: ['/campaigns/0/variants/0/weight'], element: 'skips the variant', bad: 'weight'},
  {name: 'exclude_paths as one string', change: (_, k) => (k.exclude_paths = '/support/'), pointers: ['/campaigns/0/exclude_paths'], element: 'ignores the field'},
  {name: 'an excluded path without its slash', change: (_, k) => (k.exclude_paths = ['support/']), pointers: ['/campaigns/0/exclude_paths/0'], element: 'keeps the value', kept: (k) => assert.deepEqual(k.excludePaths, ['support/'])},
  {name: 'exclude_utm_medium as one string', change: (_, k) => (k.exclude_utm_medium = 'email'), pointers: ['/campaigns/0/exclude_utm_medium'], element: 'ignores the field'},
  {name: 'hide_when_reached as text', change: (_, __, v) => (v[1].goal.hide_when_reached = 'yes'), pointers: ['/campaigns/0/variants/1/goal/hide_when_reached'], element: 'ignores the field'},
  {name: 'remind_days as text', change: (_, k) => (k.remind_days = '3'), pointers: ['/campaigns/0/remind_days'], element: 'skips the campaign', bad: 'remind_days'},
  {name: 'remind_later as text', change: (_, k) => (k.remind_later = 'yes'), pointers: ['/campaigns/0/remind_later'], element: 'ignores the field'},
  {name: 'show_deadline as text', change: (_, k) => (k.show_deadline = 'yes'), pointers: ['/campaigns/0/show_deadline'], element: 'ignores the field'},
  {name: 'an audience the element does not know', change: (_, k) => (k.audience = 'donors'), pointers: ['/campaigns/0/audience'], element: 'ignores the field'},
  {name: 'supporter_days as text', change: (c) => (c.supporter_days = '365'), pointers: ['/supporter_days'], element: 'ignores the field'},
  {name: 'reached_message a number', change: (_, __, v) => (v[1].goal.reached_message = 1), pointers: ['/campaigns/0/variants/1/goal/reached_message'], element: 'ignores the field'},
  {name: 'control as text', change: (_, __, v) => (v[0].control = 'true'), pointers: ['/campaigns/0/variants/0/control'], element: 'ignores the field'},
  {name: 'variant id missing', change: (_, __, v) => delete v[0].id, pointers: ['/campaigns/0/variants/0/id'], element: 'skips the variant', bad: 'id'},
  {name: 'message missing', change: (_, __, v) => delete v[0].message, pointers: ['/campaigns/0/variants/0/message'], element: 'skips the variant', bad: 'message'},
  {name: 'message only spaces', change: (_, __, v) => (v[0].message = ' \n '), pointers: ['/campaigns/0/variants/0/message'], element: 'skips the variant', bad: 'message'},
  {
    name: 'message too long',
    change: (_, __, v) => (v[0].message = LONG),
    pointers: ['/campaigns/0/variants/0/message'],
    element: 'cuts the text',
    cut: (k) => k.variants[0].message[0],
  },
  {
    name: 'a paragraph too long',
    change: (_, __, v) => (v[0].message = ['Раніше «ОстроВ» підтримували грантодавці.', LONG]),
    pointers: ['/campaigns/0/variants/0/message/1'],
    element: 'cuts the text',
    cut: (k) => k.variants[0].message[1],
  },
  {name: 'no paragraphs', change: (_, __, v) => (v[0].message = []), pointers: ['/campaigns/0/variants/0/message'], element: 'skips the variant', bad: 'message'},
  {name: 'paragraphs only spaces', change: (_, __, v) => (v[0].message = [' ', '']), pointers: ['/campaigns/0/variants/0/message'], element: 'skips the variant', bad: 'message'},
  {
    name: 'a paragraph that is not text',
    change: (_, __, v) => (v[0].message = ['Перший абзац.', 2]),
    pointers: ['/campaigns/0/variants/0/message/1'],
    element: 'keeps the value',
    kept: (k) => assert.deepEqual(k.variants[0].message, ['Перший абзац.']),
  },
  {
    name: 'heading too long',
    change: (_, __, v) => (v[1].heading = LONG),
    pointers: ['/campaigns/0/variants/1/heading'],
    element: 'cuts the text',
    cut: (k) => k.variants[1].heading,
  },
  {name: 'heading a number', change: (_, __, v) => (v[1].heading = 7), pointers: ['/campaigns/0/variants/1/heading'], element: 'ignores the field'},
  {name: 'a typo in heading', change: (_, __, v) => (v[0].haeding = 'Незалежна журналістика'), pointers: ['/campaigns/0/variants/0/haeding'], element: 'ignores the field'},
  {name: 'cta missing', change: (_, __, v) => delete v[0].cta, pointers: ['/campaigns/0/variants/0/cta'], element: 'skips the variant', bad: 'cta'},
  {name: 'cta without label', change: (_, __, v) => delete v[0].cta.label, pointers: ['/campaigns/0/variants/0/cta/label'], element: 'skips the variant', bad: 'cta'},
  {name: 'a javascript: URL', change: (_, __, v) => (v[0].cta.url = 'javascript:alert(1)'), pointers: ['/campaigns/0/variants/0/cta/url'], element: 'skips the variant', bad: 'cta'},
  {name: 'a mailto: URL', change: (_, __, v) => (v[0].cta.url = 'mailto:support@ostrov.example'), pointers: ['/campaigns/0/variants/0/cta/url'], element: 'skips the variant', bad: 'cta'},
  {name: 'a URL with no host', change: (_, __, v) => (v[0].cta.url = 'https://'), pointers: ['/campaigns/0/variants/0/cta/url'], element: 'skips the variant', bad: 'cta'},
  {name: 'a typo in cta', change: (_, __, v) => (v[0].cta.ulr = '/support/'), pointers: ['/campaigns/0/variants/0/cta/ulr'], element: 'ignores the field'},
  {name: 'goal as text', change: (_, __, v) => (v[1].goal = '182500'), pointers: ['/campaigns/0/variants/1/goal'], element: 'skips the variant', variant: 1, bad: 'goal'},
  {name: 'goal target 0', change: (_, __, v) => (v[1].goal.target = 0), pointers: ['/campaigns/0/variants/1/goal/target'], element: 'skips the variant', variant: 1, bad: 'target'},
  {name: 'goal raised missing', change: (_, __, v) => delete v[1].goal.raised, pointers: ['/campaigns/0/variants/1/goal/raised'], element: 'skips the variant', variant: 1, bad: 'raised'},
  {name: 'currency not a code', change: (_, __, v) => (v[1].goal.currency = 'гривня'), pointers: ['/campaigns/0/variants/1/goal/currency'], element: 'skips the variant', variant: 1, bad: 'currency'},
  {
    name: 'a typo in currency',
    change: (_, __, v) => {
      v[1].goal.curency = v[1].goal.currency;
      delete v[1].goal.currency;
    },
    pointers: ['/campaigns/0/variants/1/goal/curency', '/campaigns/0/variants/1/goal/currency'],
    element: 'skips the variant',
    variant: 1,
    bad: 'currency',
  },
];

for (const c of BROKEN) {
  test(`broken: ${c.name}: the schema names ${c.pointers.join(' and ')}; the element ${c.element}`, () => {
    const config = broken(c.change);
    const said = problems(config);
    assert.deepEqual(said.map((p) => p.pointer).sort(), [...c.pointers].sort(), JSON.stringify(said, null, 1));
    for (const problem of said) assert.doesNotMatch(problem.message, /must match|must NOT|must have|must contain/, 'plain words, not Ajv’s');
    ELEMENT[c.element](config, c);
  });
}

test('valid, and read as the schema describes: null for an optional field, your own "_" fields, relative and Cyrillic URLs, a lower-case currency', () => {
  const config = broken((c, k, v) => {
    c.$schema = 'https://ostrov.example/newsroom-widgets/docs/banner.schema.json';
    c._note = 'spring appeal, see the editors’ plan';
    Object.assign(k, {start: null, end: null, languages: null, dismiss_days: null, max_views: null, _cms_id: 42});
    v[0].heading = null;
    v[0].goal = null;
    v[0].cta.url = '/support/';
    v[1].cta.url = 'https://ostrov.example/підтримати/?from=banner';
    v[1].goal.currency = 'uah';
  });
  assert.deepEqual(problems(config), []);
  const {value, warnings} = parseConfig(config, BASE);
  assert.deepEqual(warnings, []);
  const [campaign] = value.campaigns;
  assert.deepEqual([campaign.start, campaign.end, campaign.languages, campaign.dismissDays, campaign.maxViews], [undefined, undefined, [], 14, undefined]);
  assert.equal(campaign.variants[0].cta.url, 'https://ostrov.example/support/');
  assert.equal(campaign.variants[1].goal.currency, 'UAH');
});

test('null for max_views.epic and for control means left out, for both', () => {
  const config = broken((_, k, v) => {
    k.max_views.epic = null;
    v[0].control = null;
  });
  assert.deepEqual(problems(config), []);
  const {value, warnings} = parseConfig(config, BASE);
  assert.deepEqual(warnings, []);
  assert.deepEqual(value, parseConfig(demo, BASE).value);
  // epic null alone is no cap at all: the other placements' cap still needs its count and days, for both.
  const alone = broken((_, k) => (k.max_views = {epic: null}));
  assert.deepEqual(problems(alone).map((p) => p.pointer).sort(), ['/campaigns/0/max_views/count', '/campaigns/0/max_views/days']);
  assert.deepEqual(parseConfig(alone, BASE).warnings, ['campaign 0 skipped: bad max_views']);
});

test('the messages say what is wrong in plain words', () => {
  const said = problems(
    broken((c, k, v) => {
      k.dismis_days = 3;
      k.end = '2026-12-31';
      v[0].cta.url = 'javascript:alert(1)';
      delete v[1].message;
    }),
  );
  const byPointer = Object.fromEntries(said.map((p) => [p.pointer, p.message]));
  assert.match(byPointer['/campaigns/0/dismis_days'], /^unknown field, which the banner ignores: a typo\? The fields here are id, .*dismiss_days/);
  assert.match(byPointer['/campaigns/0/end'], /^not in the expected form: An RFC 3339 date and time with its offset, e\.g\. 2026-01-01T00:00:00\+02:00\.$/);
  assert.match(byPointer['/campaigns/0/variants/0/cta/url'], /^not in the expected form: An http\(s\) URL, or one relative to the config file/);
  assert.equal(byPointer['/campaigns/0/variants/1/message'], 'missing: this field is required');
  assert.equal(said.length, 4, 'one problem per field');
  assert.deepEqual(configProblems([]), []);
});

test('a campaign that ends before it starts: valid to the schema, which cannot compare two fields, but the check says it would never show', () => {
  const swapped = broken((_, k) => {
    k.start = '2026-03-01T00:00:00+02:00';
    k.end = '2026-02-28T23:59:59+02:00';
  });
  assert.deepEqual(problems(swapped), [{pointer: '/campaigns/0/end', message: 'before start (2026-03-01T00:00:00+02:00): the campaign would never show'}]);
  // The element reads it without a warning: only the check can say so.
  assert.deepEqual(parseConfig(swapped, BASE).warnings, []);
  // The same moment in two offsets is no problem; nor is an end alone.
  assert.deepEqual(problems(broken((_, k) => Object.assign(k, {start: '2026-03-01T00:00:00+02:00', end: '2026-02-28T22:00:00Z'}))), []);
  assert.deepEqual(problems(broken((_, k) => Object.assign(k, {start: null, end: '2020-01-01T00:00:00Z'}))), []);
});

test('a JSON syntax error is one problem with its line and column', () => {
  const text = '{\n  "version": 1,\n  "campaigns": [],\n}\n';
  const [problem, ...more] = checkConfigText(text, validate);
  assert.deepEqual(more, []);
  assert.equal(problem.pointer, '');
  assert.deepEqual([problem.line, problem.column], [4, 1]);
  assert.match(problem.message, /^not valid JSON at line 4, column 1: /);
  // The engines' other ways of saying where: line and column (Firefox), the end of the input, none (WebKit).
  assert.deepEqual(syntaxErrorPlace(text, 'JSON.parse: expected double-quoted property name at line 4 column 1 of the JSON data'), {line: 4, column: 1});
  assert.deepEqual(syntaxErrorPlace('{\n  "a": ', 'Unexpected end of JSON input'), {line: 2, column: 8});
  assert.equal(syntaxErrorPlace(text, 'JSON Parse error: Expected \'}\''), undefined);
});

test('a control variant needs only its id: valid, and kept as a control', () => {
  const config = broken((_, __, v) => v.push({id: 'none', weight: 1, control: true}));
  assert.deepEqual(problems(config), []);
  const {value, warnings} = parseConfig(config, BASE);
  assert.deepEqual(warnings, []);
  assert.equal(value.campaigns[0].variants.at(-1).control, true);
  // Without `control`, the same variant lacks what every ask needs, and both say so.
  const asks = broken((_, __, v) => v.push({id: 'none', weight: 1}));
  assert.deepEqual(problems(asks).map((p) => p.pointer).sort(), ['/campaigns/0/variants/2/cta', '/campaigns/0/variants/2/message']);
});

test('supporters and sensitive pages: a thank-you campaign for supporters, paths and mediums to skip, the mark’s days', () => {
  const config = broken((c, k) => {
    c.supporter_days = 180;
    Object.assign(k, {exclude_paths: ['/support/', '/donate'], exclude_utm_medium: ['email']});
    c.campaigns.push({id: 'thanks', audience: 'supporters', variants: [{id: 't', message: 'Дякуємо!', cta: {label: 'Більше', url: '/about/'}}]});
  });
  assert.deepEqual(problems(config), []);
  const {value, warnings} = parseConfig(config, BASE);
  assert.deepEqual(warnings, []);
  assert.equal(value.supporterDays, 180);
  assert.deepEqual(value.campaigns.map((k) => [k.forSupporters, k.excludePaths, k.excludeUtmMedium]), [
    [false, ['/support/', '/donate'], ['email']],
    [true, [], []],
  ]);
});
