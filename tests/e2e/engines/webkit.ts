import WebDriver, { type Client } from 'webdriver';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_STORY_PORT } from '../ports';
import { recordWindowErrors } from '../record-window-errors';
import type { Engine, EngineTab, OpenOptions } from './engine-tab';

const DRIVER = process.env.WEBKIT_WEBDRIVER ?? '/usr/bin/WebKitWebDriver';
const BROWSER = process.env.WEBKIT_BROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const HOOK_PATH = '/__record-window-errors.js';

/**
 * GTK settings for the MiniBrowser: its toolbar shrinks so the page can be 390 px wide, and with
 * reduced motion GTK's animations are off, which WebKitGTK reports as prefers-reduced-motion.
 */
function gtkConfig(reducedMotion: boolean): string {
	const home = mkdtempSync(join(tmpdir(), 'webkit-gtk-'));
	mkdirSync(join(home, 'gtk-3.0'));
	writeFileSync(
		join(home, 'gtk-3.0', 'gtk.css'),
		'headerbar, toolbar, headerbar *, toolbar *, entry, button { min-width: 0; min-height: 0; padding: 0; margin: 0; font-size: 1px; border-width: 0; }\n'
	);
	if (reducedMotion) writeFileSync(join(home, 'gtk-3.0', 'settings.ini'), '[Settings]\ngtk-enable-animations=0\n');
	return home;
}

/**
 * The fixture story's site as WebKit reads it: WebDriver classic has no script that runs before the
 * page's own, so this proxy adds one to each page, first in its <head>, from the same origin (the
 * pages' policy admits their own origin's scripts): it records window errors from the page's start.
 */
function hookProxy(): Promise<Server> {
	const hook = `(${recordWindowErrors.toString()})();`;
	const server = createServer((incoming, answer) => {
		if (incoming.url === HOOK_PATH) {
			answer.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
			return answer.end(hook);
		}
		const headers = { ...incoming.headers, host: `localhost:${FIXTURE_STORY_PORT}` };
		delete headers['accept-encoding'];
		const upstream = request(
			{ host: '127.0.0.1', port: FIXTURE_STORY_PORT, path: incoming.url, method: incoming.method, headers },
			(reply) => {
				const replyHeaders = { ...reply.headers };
				if (!/text\/html/.test(String(replyHeaders['content-type']))) {
					answer.writeHead(reply.statusCode ?? 502, replyHeaders);
					return void reply.pipe(answer);
				}
				let body = '';
				reply.setEncoding('utf8');
				reply.on('data', (chunk) => (body += chunk));
				reply.on('end', () => {
					delete replyHeaders['content-length'];
					delete replyHeaders.etag;
					answer.writeHead(reply.statusCode ?? 502, replyHeaders);
					answer.end(body.replace(/<head>/i, `<head><script src="${HOOK_PATH}"></script>`));
				});
			}
		);
		upstream.on('error', (error) => {
			answer.writeHead(502);
			answer.end(String(error));
		});
		incoming.pipe(upstream);
	});
	return new Promise((ready) => server.listen(0, '127.0.0.1', () => ready(server)));
}

/** One WebKitWebDriver under a virtual display, on a free port, and a session in its MiniBrowser. */
async function startSession({
	reducedMotion = false,
	javaScript = true
}: OpenOptions): Promise<{ client: Client; stop: () => Promise<void> }> {
	const home = gtkConfig(reducedMotion);
	const port = await new Promise<number>((found) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as AddressInfo;
			probe.close(() => found(port));
		});
	});
	const driver: ChildProcess = spawn('xvfb-run', ['-a', '-s', '-screen 0 1920x1200x24', DRIVER, `--port=${port}`], {
		env: { ...process.env, XDG_CONFIG_HOME: home },
		stdio: 'ignore',
		detached: true
	});
	for (let tries = 0; tries < 100; tries++) {
		if (
			await fetch(`http://127.0.0.1:${port}/status`).then(
				(r) => r.ok,
				() => false
			)
		)
			break;
		await new Promise((r) => setTimeout(r, 100));
	}
	const client = await WebDriver.newSession({
		hostname: '127.0.0.1',
		port,
		path: '/',
		logLevel: 'warn',
		capabilities: {
			browserName: 'MiniBrowser',
			'wdio:enforceWebDriverClassic': true,
			'webkitgtk:browserOptions': { binary: BROWSER, args: ['--automation', ...(javaScript ? [] : ['--enable-javascript=false'])] }
		} as WebdriverIO.Capabilities
	});
	return {
		client,
		async stop() {
			await client.deleteSession().catch(() => {});
			if (driver.pid) process.kill(-driver.pid);
			rmSync(home, { recursive: true, force: true });
		}
	};
}

/** WebKitGTK 2.50's MiniBrowser (Debian's webkit2gtk-driver), over WebDriver classic. */
export function webkit(): Engine {
	// One MiniBrowser per set of options: reduced motion is a GTK setting, JavaScript a browser setting.
	const sessions = new Map<string, ReturnType<typeof startSession>>();
	let proxy: Promise<Server> | null = null;
	return {
		name: 'webkit',
		missing: () =>
			[DRIVER, BROWSER, '/usr/bin/xvfb-run'].every((path) => existsSync(path))
				? null
				: `no WebKitGTK driver, MiniBrowser or xvfb-run (apt-get install webkit2gtk-driver xvfb)`,
		async open(options = {}): Promise<EngineTab> {
			const key = `${options.reducedMotion ?? false}/${options.javaScript ?? true}`;
			if (!sessions.has(key)) sessions.set(key, startSession(options));
			const { client } = await sessions.get(key)!;
			proxy ??= hookProxy();
			const site = `http://127.0.0.1:${((await proxy).address() as AddressInfo).port}`;
			const script = (fn: (...args: never[]) => unknown) => `return (${fn.toString()}).apply(null, arguments);`;
			const element = async (selector: string) => (await client.findElement('css selector', selector))[ELEMENT] as string;
			return {
				async setSize({ width, height }) {
					// The window's frame around the page: measured once, then the window sized to give the page this size.
					await client.setWindowRect(null, null, width, height + 20);
					const [inner, innerH] = (await client.executeScript('return [innerWidth, innerHeight]', [])) as number[];
					if (inner !== width || innerH !== height) await client.setWindowRect(null, null, 2 * width - inner!, 2 * height + 20 - innerH!);
				},
				goto: (to) => client.navigateTo(to.startsWith('/') ? `${site}${to}` : to),
				run: (fn, ...args) => client.executeScript(script(fn as never), args as never) as never,
				async runInFrame(selector, fn, ...args) {
					await client.switchToFrame({ [ELEMENT]: await element(selector) });
					try {
						return (await client.executeScript(script(fn as never), args as never)) as never;
					} finally {
						await client.switchToParentFrame();
					}
				},
				click: async (selector) => client.elementClick(await element(selector)),
				windowErrors: async () => ((await client.executeScript('return window.__windowErrors || []', [])) as string[]) ?? [],
				close: async () => void (await client.navigateTo('about:blank'))
			};
		},
		async close() {
			for (const session of sessions.values()) await (await session).stop();
			if (proxy) (await proxy).close();
		}
	};
}
