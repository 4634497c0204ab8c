// Checks that every quote in a story's dataset is the exact words of the article line it cites:
//   node tests/tools/check-quotes.mjs path/to/article.txt [story folder, default data/<the one story>]
// The article is not part of the project (the build and tests never read it); run this when
// editing the dataset, with the reporting at hand.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const articlePath = process.argv[2];
if (!articlePath) {
	console.error('usage: node tests/tools/check-quotes.mjs path/to/article.txt [story folder]');
	process.exit(2);
}
const lines = readFileSync(articlePath, 'utf8').split('\n');
const folder = process.argv[3] ?? join('data', readdirSync('data').find((name) => existsSync(join('data', name, 'story.json'))) ?? '');
const file = join(folder, 'dataset.json');
const dataset = JSON.parse(readFileSync(file, 'utf8'));
const problems = [];
let checked = 0;
const walk = (value, path) => {
	if (Array.isArray(value)) return value.forEach((item, i) => walk(item, `${path}[${i}]`));
	if (!value || typeof value !== 'object') return;
	const source = value.source;
	if (source?.source === 'article') {
		checked += 1;
		const line = lines[source.line - 1] ?? '';
		if (!line.includes(source.quote))
			problems.push(`${path}.source.quote: not the words of article line ${source.line}: “${source.quote}”`);
	}
	for (const [key, item] of Object.entries(value)) if (key !== 'source') walk(item, `${path}.${key}`);
};
walk(dataset, 'dataset');
for (const problem of problems) console.error(`${file}: ${problem}`);
console.log(`${checked} quotes checked, ${problems.length} not found in their lines`);
process.exit(problems.length ? 1 : 0);
