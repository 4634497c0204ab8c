/** Where the end-to-end suite serves what it tests (playwright.config.ts starts the servers). */
/** The fixture story's build (tests/fixtures/stories/larkspur/, in three editions), which the engine's tests read. */
export const FIXTURE_STORY_PORT = 4176;
export const FIXTURE_STORY_URL = `http://localhost:${FIXTURE_STORY_PORT}`;
/** The configured story's build (STORY, or the one story in data/), which its own checks read (data/<story>/checks/). */
export const STORY_PORT = 4174;
export const STORY_URL = `http://localhost:${STORY_PORT}`;
/** Host pages for the embed tests: another origin (127.0.0.1, another port) than the story. */
export const HOSTS_PORT = 4175;
