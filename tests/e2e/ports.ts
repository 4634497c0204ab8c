/** Where the end-to-end suite serves what it tests (playwright.config.ts starts the servers). */
/** The configured story's build. */
export const PORT = 4174;
/** Host pages for the embed tests: another origin (127.0.0.1, another port) than the story. */
export const HOSTS_PORT = 4175;
/** The fixture story's build (tests/fixtures/stories/larkspur/), which the engine's own tests read. */
export const FIXTURE_STORY_PORT = 4176;
export const FIXTURE_STORY_URL = `http://localhost:${FIXTURE_STORY_PORT}`;
