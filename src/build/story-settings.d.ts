// `import settings from 'virtual:story-settings'`: the story's story.json (the storySettings plugin).
// Each setting is also a named export, for code that needs one and should not carry the rest (the loader).
declare module 'virtual:story-settings' {
	const settings: import('../lib/data/story-settings').StorySettings;
	export default settings;
	export const embedName: string;
}
