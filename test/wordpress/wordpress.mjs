// A WordPress of the test's own on this machine, from Debian's packages: its own MariaDB
// (datadir and socket in a temporary folder, no TCP port), PHP's built-in web server on
// 127.0.0.1 and a free port, a wp-content of its own with the plugin unpacked from the zip
// the build made, and a Debian config file under a name no other site uses
// (/etc/wordpress/config-<name>.php, chosen through WORDPRESS_CONFIG). stop() undoes all of it.
//
// PHP's built-in server rather than Apache: no config tree or modules to set up, it starts at
// once, and with PHP_CLI_SERVER_WORKERS it answers the browser's parallel requests.
import {execFileSync, spawn, spawnSync} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {freePort, portOpen} from '../../scripts/ports.mjs';

export const WORDPRESS = '/usr/share/wordpress';
/** What the test needs from Debian (apt brings Apache and mod_php along as the wordpress package's dependencies). */
export const PACKAGES = ['wordpress', 'wordpress-theme-twentytwentythree', 'mariadb-server', 'php-cli', 'php-mysql'];
export const INSTALL_LINE = `sudo apt-get install -y ${PACKAGES.join(' ')}`;

const installed = (name) =>
  spawnSync('dpkg-query', ['-W', '-f=${Status}', name], {encoding: 'utf8'}).stdout?.includes('install ok installed') === true;

/**
 * Why this machine cannot run the test, or '' when it can: Debian, root (the config file goes
 * under /etc/wordpress, and missing packages are installed), and the packages, which are
 * installed here when missing, with services kept from starting on their own.
 */
export function ensurePackages(log) {
  if (!existsSync('/etc/debian_version') || !existsSync('/usr/bin/apt-get')) {
    return `The WordPress test needs Debian 12 (its wordpress, mariadb-server and php packages); on Debian run: ${INSTALL_LINE} && sudo node --test test/wordpress/*.test.mjs`;
  }
  const missing = PACKAGES.filter((name) => !installed(name));
  const root = process.getuid?.() === 0;
  if (!root) {
    return missing.length
      ? `The WordPress test installs Debian packages and writes /etc/wordpress: run it as root (sudo node --test test/wordpress/*.test.mjs), or first: ${INSTALL_LINE}`
      : 'The WordPress test writes its config to /etc/wordpress: run it as root: sudo node --test test/wordpress/*.test.mjs';
  }
  if (missing.length) {
    log(`installing ${missing.join(' ')}`);
    // The packages' services (MariaDB, Apache) must not start: the test runs its own on free ports.
    const policy = '/usr/sbin/policy-rc.d';
    const ours = !existsSync(policy);
    if (ours) writeFileSync(policy, '#!/bin/sh\nexit 101\n', {mode: 0o755});
    try {
      const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
      spawnSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env});
      spawnSync('apt-get', ['install', '-y', '-qq', ...missing], {stdio: 'inherit', env});
    } finally {
      if (ours) rmSync(policy, {force: true});
    }
    const still = PACKAGES.filter((name) => !installed(name));
    if (still.length) return `apt-get could not install ${still.join(' ')}: run ${INSTALL_LINE}`;
  }
  return '';
}

async function until(what, check, seconds = 30) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not start within ${seconds} s`);
}

/**
 * Names the site's config for Debian's wp-config.php (PHP's built-in server does not put the
 * environment in $_SERVER, where Apache's SetEnv would), serves wp-content from the test's
 * own folder, and leaves everything else to WordPress.
 */
const ROUTER = `<?php
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'WORDPRESS_CONFIG' );
$path = rawurldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( str_starts_with( $path, '/wp-content/' ) ) {
	$file = realpath( getenv( 'NEWSROOM_WP_CONTENT' ) . substr( $path, strlen( '/wp-content' ) ) );
	if ( false === $file || ! is_file( $file ) || str_ends_with( $file, '.php' ) ) {
		http_response_code( 404 );
		return true;
	}
	$types = array( 'css' => 'text/css', 'js' => 'text/javascript', 'json' => 'application/json', 'svg' => 'image/svg+xml', 'png' => 'image/png', 'woff2' => 'font/woff2', 'jpg' => 'image/jpeg' );
	header( 'Content-Type: ' . ( $types[ pathinfo( $file, PATHINFO_EXTENSION ) ] ?? 'application/octet-stream' ) );
	readfile( $file );
	return true;
}
return false;
`;

/**
 * Starts MariaDB and PHP's web server, writes the site's config and installs WordPress with
 * the plugin from `zip` active. Returns {url, php(code), phpAsync(code), stop()}.
 */
export async function startWordPress({zip, log}) {
  const dir = mkdtempSync(join(tmpdir(), 'nw-wp-'));
  const name = `newsroom-widgets-test-${randomBytes(4).toString('hex')}`;
  const configFile = `/etc/wordpress/config-${name}.php`;
  const children = [];
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        // The whole process group: PHP's server forks its workers, which would outlive their parent.
        process.kill(-child.pid, 'SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      }
    }
    rmSync(configFile, {force: true});
    rmSync(dir, {recursive: true, force: true});
  };
  try {
    const socket = join(dir, 'mysqld.sock');
    const datadir = join(dir, 'db');
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${datadir}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'], {stdio: 'ignore'});
    const mariadb = spawn('mariadbd', [
      '--no-defaults', `--datadir=${datadir}`, `--socket=${socket}`, `--pid-file=${join(dir, 'mysqld.pid')}`,
      '--skip-networking', '--user=root', '--skip-log-bin', '--innodb-flush-log-at-trx-commit=0', '--innodb-buffer-pool-size=64M',
      `--log-error=${join(dir, 'mysqld.err')}`,
    ], {stdio: 'ignore', detached: true});
    children.push(mariadb);
    await until('MariaDB', () => existsSync(socket) && spawnSync('mariadb', [`--socket=${socket}`, '-uroot', '-e', 'SELECT 1'], {stdio: 'ignore'}).status === 0);
    execFileSync('mariadb', [`--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress CHARACTER SET utf8mb4']);

    const content = join(dir, 'wp-content');
    mkdirSync(join(content, 'plugins'), {recursive: true});
    mkdirSync(join(content, 'themes'), {recursive: true});
    mkdirSync(join(content, 'uploads'), {recursive: true});
    symlinkSync(join(WORDPRESS, 'wp-content/themes/twentytwentythree'), join(content, 'themes/twentytwentythree'));
    execFileSync('unzip', ['-q', zip, '-d', join(content, 'plugins')]);

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const salt = () => randomBytes(24).toString('hex');
    writeFileSync(configFile, `<?php
// Written by newsroom-widgets' test/wordpress; removed when the test ends.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_CONTENT_DIR', '${content}' );
define( 'WP_CONTENT_URL', '${url}/wp-content' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${join(dir, 'debug.log')}' );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map((key) => `define( '${key}', '${salt()}' );`).join('\n')}
$table_prefix = 'wp_';
// A network, once a test has made this site one (test/wordpress/multisite.test.mjs) and left the file that says so.
if ( file_exists( '${join(dir, 'multisite')}' ) ) {
	define( 'MULTISITE', true );
	define( 'SUBDOMAIN_INSTALL', false );
	define( 'DOMAIN_CURRENT_SITE', '127.0.0.1:${port}' );
	define( 'PATH_CURRENT_SITE', '/' );
	define( 'SITE_ID_CURRENT_SITE', 1 );
	define( 'BLOG_ID_CURRENT_SITE', 1 );
}
`);
    writeFileSync(join(dir, 'router.php'), ROUTER);

    /** A PHP file that loads WordPress (as the command line does, no HTTP request), then runs `code`. */
    const phpScript = (code, installing) => {
      const script = join(dir, `run-${randomBytes(4).toString('hex')}.php`);
      writeFileSync(script, `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['WORDPRESS_CONFIG'] = '${name}';
$_SERVER['REQUEST_URI'] = '/';
${installing ? "define( 'WP_INSTALLING', true );" : ''}
require '${WORDPRESS}/wp-load.php';
${code}
`);
      return script;
    };

    /** Runs PHP code with WordPress loaded, `input` on its stdin; returns its output. */
    const php = (code, {installing = false, input = ''} = {}) => {
      const script = phpScript(code, installing);
      try {
        return execFileSync('php', [script], {encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe']});
      } catch (e) {
        throw new Error(`PHP failed: ${e.stderr || e.stdout || e.message}`, {cause: e});
      } finally {
        rmSync(script, {force: true});
      }
    };

    /**
     * The same, without blocking this process: for code that makes HTTP requests to a server
     * running in this process (the feed server), which must be free to answer them.
     */
    const phpAsync = (code) =>
      new Promise((resolve, reject) => {
        const script = phpScript(code, false);
        const child = spawn('php', [script], {stdio: ['ignore', 'pipe', 'pipe']});
        let output = '';
        let errors = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (errors += chunk));
        child.on('close', (status) => {
          rmSync(script, {force: true});
          if (status === 0) resolve(output);
          else reject(new Error(`PHP failed: ${errors || output}`));
        });
      });

    const web = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', WORDPRESS, join(dir, 'router.php')], {
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
      env: {...process.env, WORDPRESS_CONFIG: name, NEWSROOM_WP_CONTENT: content, PHP_CLI_SERVER_WORKERS: '4'},
    });
    let webLog = '';
    web.stderr.on('data', (chunk) => {
      webLog = (webLog + chunk).slice(-20_000);
    });
    children.push(web);
    await until('PHP web server', () => portOpen(port));

    log?.('installing WordPress');
    php(`require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install( 'Partner site', 'admin', 'admin@example.test', true, '', 'admin-password' );
update_option( 'permalink_structure', '' );
require_once ABSPATH . 'wp-admin/includes/plugin.php';
$activated = activate_plugin( 'newsroom-widgets/newsroom-widgets.php' );
if ( is_wp_error( $activated ) ) { fwrite( STDERR, $activated->get_error_message() ); exit( 1 ); }
wp_insert_user( array( 'user_login' => 'author', 'user_pass' => 'author-password', 'user_email' => 'author@example.test', 'role' => 'author' ) );
`, {installing: true});
    return {url, php, phpAsync, dir, debugLog: () => (existsSync(join(dir, 'debug.log')) ? readFileSync(join(dir, 'debug.log'), 'utf8') : ''), webLog: () => webLog, stop};
  } catch (e) {
    await stop();
    throw e;
  }
}
