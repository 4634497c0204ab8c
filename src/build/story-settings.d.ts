// `import settings from 'virtual:story-settings'`: the story's story.json (the storySettings plugin).
declare module 'virtual:story-settings' {
	const settings: import('../lib/data/story-settings').StorySettings;
	export default settings;
}
