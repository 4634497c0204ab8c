// Checks that every quote in data/dataset.json is the exact words of the article line it cites:
//   node tests/tools/check-quotes.mjs path/to/article.txt
// The article is not part of the project (the build and tests never read it); run this when
// editing the dataset, with the reporting at hand.
import { readFileSync } from 'node:fs';

const articlePath = process.argv[2];
if (!articlePath) {
	console.error('usage: node tests/tools/check-quotes.mjs path/to/article.txt');
	process.exit(2);
}
const lines = readFileSync(articlePath, 'utf8').split('\n');
const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8'));
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
for (const problem of problems) console.error(`data/dataset.json: ${problem}`);
console.log(`${checked} quotes checked, ${problems.length} not found in their lines`);
process.exit(problems.length ? 1 : 0);
