// Lighthouse (the `lighthouse` package, mobile, its default simulated throttling) on pages of a
// running server, in the same Chromium the tests use:
//   node tests/bench/lighthouse.mjs http://localhost:4173 [--runs 3] [/ /zh/ /embed/]
// Also used by the bench (tests/bench/bench.mjs), which serves the build itself.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { CHROMIUM_ARGS, findChromium } from '../tools/find-browser.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * One Lighthouse run of one page: the four category scores (0–100) and the load metrics. A run
 * Lighthouse itself could not complete (a runtime error: no trace, no paint seen) measured
 * nothing; it is run again, up to twice, and the errors are reported with the run.
 */
export async function lighthouseRun(url, attempts = 3) {
	const errors = [];
	for (let attempt = 1; ; attempt++) {
		const run = await lighthouseOnce(url);
		if (!run.runtimeError || attempt === attempts) return { ...run, retriedAfter: errors };
		errors.push(run.runtimeError);
	}
}

async function lighthouseOnce(url) {
	const chrome = await launch({ chromePath: findChromium(), chromeFlags: CHROMIUM_ARGS });
	try {
		const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
		const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
		return {
			scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])),
			fcp: audit('first-contentful-paint'),
			lcp: audit('largest-contentful-paint'),
			tbt: audit('total-blocking-time'),
			runtimeError: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : null,
			cls: audit('cumulative-layout-shift'),
			// What kept a score under 100, for the report.
			failing: Object.values(lhr.audits)
				.filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable')
				.map((a) => a.id)
		};
	} finally {
		await chrome.kill();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const args = process.argv.slice(2);
	const base = args.find((a) => a.startsWith('http')) ?? 'http://localhost:4173';
	const runsAt = args.indexOf('--runs');
	const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 1;
	const paths = args.filter((a) => a.startsWith('/'));
	for (const path of paths.length ? paths : ['/', '/zh/', '/embed/']) {
		for (let i = 0; i < runs; i++) {
			const r = await lighthouseRun(base.replace(/\/$/, '') + path);
			console.log(
				path,
				JSON.stringify(r.scores),
				`FCP ${Math.round(r.fcp)} ms, LCP ${Math.round(r.lcp)} ms, TBT ${Math.round(r.tbt)} ms`,
				r.failing.join(', '),
				r.retriedAfter.length ? `(run again after: ${r.retriedAfter.join('; ')})` : ''
			);
		}
	}
}
