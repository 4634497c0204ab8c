// A real WordPress for the CMS suite (tests/e2e/wordpress.spec.ts): Debian's packages of
// WordPress 6.1, MariaDB and Apache with PHP, installed when missing (as root, like Chromium in
// .ci/run), then a site at http://127.0.0.1:4191/ with the default theme (Twenty Twenty-Three),
// an administrator (who has unfiltered_html) and an author (who does not, so kses filters what
// they save), each with an application password for the REST API. Idempotent: a second run only
// starts what is stopped and issues fresh passwords.
//   node tests/tools/wordpress.mjs          prints the site as JSON, or why it cannot be had here
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// Not 4190: browsers and fetch refuse that port (ManageSieve, on the Fetch standard's list of bad ports).
export const WORDPRESS_PORT = 4191;
export const WORDPRESS_URL = `http://127.0.0.1:${WORDPRESS_PORT}`;
const PACKAGES = ['wordpress', 'wordpress-theme-twentytwentythree', 'mariadb-server', 'apache2', 'libapache2-mod-php', 'php-mysql'];
const DATABASE = 'story_wordpress';
const ROLES = ['administrator', 'author'];

/** @param {string} command */
const quiet = (command) => execSync(command, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
/** @param {string} command */
const succeeds = (command) => {
	try {
		quiet(command);
		return true;
	} catch {
		return false;
	}
};
const missingPackages = () =>
	PACKAGES.filter((name) => !succeeds(`dpkg-query -W -f='\${Status}' ${name} | grep -q 'install ok installed'`));

/** Why this machine cannot run the suite, or null. */
export function unavailable() {
	if (!existsSync('/usr/bin/apt-get') || !existsSync('/usr/bin/dpkg-query'))
		return "not a Debian machine: the suite uses Debian's packages of WordPress, MariaDB and Apache";
	if (process.getuid?.() !== 0)
		return 'not root: installing packages, starting MariaDB and Apache and writing their configuration need root';
	return null;
}

function installPackages() {
	const missing = missingPackages();
	if (!missing.length) return;
	console.log(`wordpress: installing ${missing.join(' ')} from Debian's packages`);
	const install = `DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missing.join(' ')}`;
	// The package lists may be stale on a fresh machine: update them once if the install fails.
	if (!succeeds(install)) quiet(`apt-get update -qq && ${install}`);
}

function startDatabase() {
	if (!succeeds('mysqladmin ping --silent')) quiet('service mariadb start');
	quiet(
		`mysql -e "CREATE DATABASE IF NOT EXISTS ${DATABASE}; CREATE USER IF NOT EXISTS '${DATABASE}'@'localhost' IDENTIFIED BY '${DATABASE}'; GRANT ALL ON ${DATABASE}.* TO '${DATABASE}'@'localhost';"`
	);
}

function configureWordPress() {
	// Debian's wp-config.php reads /etc/wordpress/config-<host>.php for the address it is asked at.
	writeFileSync(
		'/etc/wordpress/config-127.0.0.1.php',
		`<?php
define('DB_NAME', '${DATABASE}');
define('DB_USER', '${DATABASE}');
define('DB_PASSWORD', '${DATABASE}');
define('DB_HOST', 'localhost');
define('WP_HOME', '${WORDPRESS_URL}');
define('WP_SITEURL', '${WORDPRESS_URL}');
define('WP_CONTENT_DIR', '/var/lib/wordpress/wp-content');
// Application passwords over plain http: WordPress allows them only on https or a local site.
define('WP_ENVIRONMENT_TYPE', 'local');
define('AUTOMATIC_UPDATER_DISABLED', true);
`
	);
}

function startApache() {
	writeFileSync(
		'/etc/apache2/sites-available/story-wordpress.conf',
		`ServerName 127.0.0.1
Listen 127.0.0.1:${WORDPRESS_PORT}
<VirtualHost 127.0.0.1:${WORDPRESS_PORT}>
	DocumentRoot /usr/share/wordpress
	Alias /wp-content /var/lib/wordpress/wp-content
	<Directory /usr/share/wordpress>
		Options FollowSymLinks
		AllowOverride All
		Require all granted
		# WordPress's own rules for its permalinks: what is not a file goes to WordPress (which
		# also answers /favicon.ico, as a real site's browsers ask for it).
		RewriteEngine On
		RewriteBase /
		RewriteRule ^index\\.php$ - [L]
		RewriteCond %{REQUEST_FILENAME} !-f
		RewriteCond %{REQUEST_FILENAME} !-d
		RewriteRule . /index.php [L]
	</Directory>
	<Directory /var/lib/wordpress/wp-content>
		Options FollowSymLinks
		Require all granted
	</Directory>
</VirtualHost>
`
	);
	quiet('a2enmod -q rewrite');
	quiet('a2ensite -q story-wordpress');
	if (succeeds(`curl -fso /dev/null ${WORDPRESS_URL}/wp-includes/images/blank.gif`)) quiet('apache2ctl graceful');
	else {
		succeeds('apache2ctl stop');
		quiet('apache2ctl start');
	}
	for (let i = 0; i < 50 && !succeeds(`curl -fso /dev/null ${WORDPRESS_URL}/wp-includes/images/blank.gif`); i++) quiet('sleep 0.2');
}

/**
 * Runs PHP with WordPress loaded at the site's address; `installing` for the first install.
 * @param {string} code
 * @param {{ installing?: boolean }} [options]
 */
function php(code, { installing = false } = {}) {
	const dir = mkdtempSync(join(tmpdir(), 'story-wordpress-'));
	const file = join(dir, 'run.php');
	writeFileSync(
		file,
		`<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${WORDPRESS_PORT}';
$_SERVER['REQUEST_URI'] = '/';
${installing ? "define('WP_INSTALLING', true);" : ''}
require '/usr/share/wordpress/wp-load.php';
${code}
`
	);
	try {
		return execFileSync('php', [file], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/**
 * @typedef {{ user: string; password: string; unfiltered_html: boolean }} WordPressUser
 * @typedef {{ version: string; theme: string; users: Record<string, WordPressUser> }} WordPressSite
 */

/**
 * The site, installed once; the two users and a fresh application password for each.
 * @returns {WordPressSite}
 */
function installSite() {
	php(
		`require_once ABSPATH . 'wp-admin/includes/upgrade.php';
if (!is_blog_installed()) wp_install('Host news site', 'administrator', 'administrator@example.org', false, '', wp_generate_password(24));`,
		{ installing: true }
	);
	const out = php(`
switch_theme('twentytwentythree');
$users = array();
foreach (${JSON.stringify(ROLES).replace('[', 'array(').replace(']', ')')} as $role) {
	$user = get_user_by('login', $role);
	if (!$user) {
		$id = wp_insert_user(array('user_login' => $role, 'user_pass' => wp_generate_password(24), 'user_email' => "$role@example.org", 'role' => $role));
		$user = get_user_by('id', $id);
	}
	WP_Application_Passwords::delete_all_application_passwords($user->ID);
	$made = WP_Application_Passwords::create_new_application_password($user->ID, array('name' => 'tests'));
	$users[$role] = array('user' => $role, 'password' => $made[0], 'unfiltered_html' => user_can($user, 'unfiltered_html'));
}
echo json_encode(array('version' => get_bloginfo('version'), 'theme' => wp_get_theme()->get_stylesheet(), 'users' => $users));`);
	return JSON.parse(out.slice(out.indexOf('{')));
}

/**
 * Installs and starts what is missing; returns the site, with timings of each part in ms.
 * @returns {WordPressSite & { url: string; timings: Record<string, number> }}
 */
export function ensureWordPress() {
	const why = unavailable();
	if (why) throw new Error(`WordPress suite: ${why}`);
	/** @type {Record<string, number>} */
	const timings = {};
	/** @template T @param {string} name @param {() => T} part @returns {T} */
	const timed = (name, part) => {
		const at = Date.now();
		const result = part();
		timings[name] = Date.now() - at;
		return result;
	};
	timed('packages', installPackages);
	timed('database', startDatabase);
	timed('configuration', configureWordPress);
	timed('apache', startApache);
	const site = timed('site', installSite);
	return { url: WORDPRESS_URL, ...site, timings };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const why = unavailable();
	if (why) {
		console.error(`WordPress suite: ${why}`);
		process.exit(2);
	}
	console.log(JSON.stringify(ensureWordPress(), null, 2));
}
