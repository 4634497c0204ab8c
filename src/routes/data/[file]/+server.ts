import { error, json } from '@sveltejs/kit';
import { downloadFiles, loadDataset, loadEditions } from '$lib/server/load-story';
import { datasetCsv } from '$lib/data/export-csv';

// Readers' downloads, named after the story (its settings' slug): the validated dataset with
// every fact's source (.json), and the same as one flat table (.csv).
export const prerender = true;

export const entries = () => Object.values(downloadFiles()).map((file) => ({ file }));

export const GET = ({ params }) => {
	const { json: jsonFile, csv: csvFile } = downloadFiles();
	if (params.file === jsonFile) return json(loadDataset());
	if (params.file === csvFile)
		return new Response(datasetCsv(loadDataset(), loadEditions()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
	error(404, 'not a download of this story');
};
