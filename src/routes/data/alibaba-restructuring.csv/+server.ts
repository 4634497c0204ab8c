import { loadDataset } from '$lib/server/load-story';
import { datasetCsv } from '$lib/data/export-csv';

// Readers' download: the same dataset as one flat table.
export const prerender = true;
export const GET = () => new Response(datasetCsv(loadDataset()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
