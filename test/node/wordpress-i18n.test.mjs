// The WordPress plugin's Ukrainian translation (integrations/wordpress/newsroom-widgets/languages/):
// every string the plugin shows has one, none is left over from a string that is gone, and the
// placeholders match, so a changed English text cannot ship half translated. The real WordPress
// test (test/wordpress/) shows the settings page in Ukrainian.
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {po} from 'gettext-parser';
import {pluginStrings} from '../../scripts/wordpress-zip.mjs';

const root = new URL('../../', import.meta.url).pathname;
const catalog = po.parse(readFileSync(join(root, 'integrations/wordpress/newsroom-widgets/languages/newsroom-widgets-uk.po')));
/** A string with its context, as one key: `block title|Related articles`, or the text alone. */
const key = (context, text) => (context ? `${context}|${text}` : text);
const translated = new Map(
  Object.entries(catalog.translations).flatMap(([context, entries]) =>
    Object.values(entries)
      .filter((entry) => entry.msgid !== '')
      .map((entry) => [key(context, entry.msgid), {english: entry.msgid, ukrainian: entry.msgstr[0]}]),
  ),
);
const placeholders = (text) => (text.match(/%(\d+\$)?[sd]/g) ?? []).sort();

test('the Ukrainian translation has every string of the plugin, and only those', () => {
  const strings = new Set(pluginStrings().map(([context, text]) => key(context, text)));
  assert.ok(strings.size > 40, `found ${strings.size} strings`);
  assert.deepEqual([...strings].filter((text) => !translated.get(text)?.ukrainian), [], 'untranslated');
  assert.deepEqual([...translated.keys()].filter((text) => !strings.has(text)), [], 'no longer in the plugin');
});

test('every call with the plugin\'s text domain is one the string list reads (no _x, _n or double-quoted call slips past it)', () => {
  const plugin = join(root, 'integrations/wordpress/newsroom-widgets');
  const php = [join(plugin, 'newsroom-widgets.php'), ...readdirSync(join(plugin, 'includes')).map((name) => join(plugin, 'includes', name))];
  const code = php.map((file) => readFileSync(file, 'utf8')).join('\n');
  // The one call on texts that are not literals: the sidebar's help, read from elements.json, which the list reads too.
  const dynamic = code.match(/translate_with_gettext_context\( \$attribute\['description'\], 'attribute help', 'newsroom-widgets' \)/g) ?? [];
  assert.equal(dynamic.length, 1);
  const calls = (code.match(/,\s*['"]newsroom-widgets['"]\s*\)/g) ?? []).length - dynamic.length;
  assert.equal(pluginStrings().filter(([context]) => context === '').length, calls);
  assert.ok(pluginStrings().filter(([context]) => context === 'attribute help').length > 40);
});

test('each translation keeps the placeholders of its English text', () => {
  for (const {english, ukrainian} of translated.values()) assert.deepEqual(placeholders(ukrainian), placeholders(english), english);
});
