// The WordPress plugin on a multisite network (test/wordpress/wordpress.mjs's site, made a network):
// deleting the plugin removes its option from every site, as docs/wordpress.html says. A network
// of its own, apart from plugin.test.mjs's single site, whose tests share theirs.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {prepareWorkdir, removeWorkdir} from '../../bench/lib/build.mjs';
import {writeWordpressPlugin} from '../../scripts/wordpress-zip.mjs';
import {ensurePackages, startWordPress} from './wordpress.mjs';

const log = (message) => console.log(`# wordpress multisite: ${message}`);

const reason = ensurePackages(log);
if (reason) {
  test('WordPress can be installed on this machine', () => {
    assert.fail(reason);
  });
} else {
  let work;
  let wordpress;

  before(async () => {
    work = prepareWorkdir({rebuild: 'never'});
    wordpress = await startWordPress({zip: writeWordpressPlugin({dist: join(work, 'dist')}), log});
    log('making the site a network');
    wordpress.php(`require_once ABSPATH . 'wp-admin/includes/upgrade.php';
// As wp-admin/network.php does before it makes the network's tables.
foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed ) { $wpdb->$table = $prefixed; }
install_network();
$made = populate_network( 1, wp_parse_url( home_url(), PHP_URL_HOST ) . ':' . wp_parse_url( home_url(), PHP_URL_PORT ), 'admin@example.test', 'Partner network', '/', false );
if ( is_wp_error( $made ) ) { fwrite( STDERR, $made->get_error_message() ); exit( 1 ); }`);
    writeFileSync(join(wordpress.dir, 'multisite'), '');
  });

  after(async () => {
    await wordpress?.stop();
    if (work) removeWorkdir(work);
  });

  test('deleting the plugin removes its option from every site of a network, past the first hundred', () => {
    // get_sites() answers 100 sites unless told otherwise: a network of 102.
    const found = JSON.parse(wordpress.php(`
for ( $i = 2; $i <= 102; $i++ ) {
	$site = wp_insert_site( array( 'domain' => DOMAIN_CURRENT_SITE, 'path' => "/site-$i/", 'title' => "Site $i" ) );
	if ( is_wp_error( $site ) ) { fwrite( STDERR, $site->get_error_message() ); exit( 1 ); }
}
$every = get_sites( array( 'fields' => 'ids', 'number' => 0 ) );
foreach ( $every as $id ) {
	switch_to_blog( $id );
	update_option( 'newsroom_widgets', array( 'lang' => 'uk' ) );
	restore_current_blog();
}
require_once ABSPATH . 'wp-admin/includes/plugin.php';
uninstall_plugin( 'newsroom-widgets/newsroom-widgets.php' );
$left = array();
foreach ( $every as $id ) {
	switch_to_blog( $id );
	if ( false !== get_option( 'newsroom_widgets' ) ) { $left[] = (int) $id; }
	restore_current_blog();
}
echo wp_json_encode( array( 'sites' => count( $every ), 'left' => $left ) );`));
    assert.deepEqual(found, {sites: 102, left: []});
  });
}
