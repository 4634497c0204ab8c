import { readFileSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { parseDataset } from './src/lib/data/parse-dataset.ts';
import { parseStoryCopy } from './src/lib/data/parse-story-copy.ts';

/**
 * Validates the dataset and the copy before anything is built, so bad data stops
 * `npm run build` at once with only the list of problems (file, path, fault).
 */
function validateStoryData(): Plugin {
	return {
		name: 'validate-story-data',
		apply: 'build',
		buildStart() {
			try {
				const dataset = parseDataset(readFileSync('data/dataset.json', 'utf8'), 'data/dataset.json');
				for (const file of ['data/story.en.aml', 'data/story.zh.aml']) parseStoryCopy(readFileSync(file, 'utf8'), file, dataset);
			} catch (error) {
				this.error((error as Error).message);
			}
		}
	};
}

export default defineConfig({
	plugins: [validateStoryData(), sveltekit()],
	server: { port: 5173, strictPort: true },
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
