import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { STAGES } from '../../../src/build/build.mjs';

describe('the build’s stages', () => {
	it('each needs only what an earlier stage makes', () => {
		const made = new Set<string>();
		const unmet: string[] = [];
		for (const stage of STAGES) {
			for (const path of stage.needs) if (![...made].some((m) => path === m || path.startsWith(`${m}/`) || m.startsWith(`${path}/`))) unmet.push(`${stage.name}: ${path}`);
			for (const path of stage.makes) made.add(path);
		}
		expect(unmet).toEqual([]);
	});

	it('checks the content first and stamps the build last, and is what npm run build runs', () => {
		expect(STAGES[0]!.run[1]).toContain('src/build/check-story.mjs');
		expect(STAGES.at(-1)!.run[1]).toEqual(['src/build/build-stamp.mjs', 'write']);
		expect(JSON.parse(readFileSync('package.json', 'utf8')).scripts.build).toBe('node src/build/build.mjs');
	});

	it('is listed, stage by stage, in src/build/README.md', () => {
		const readme = readFileSync('src/build/README.md', 'utf8');
		for (const stage of STAGES) expect(readme, stage.name).toContain(stage.name);
	});
});
