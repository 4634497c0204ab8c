/**
 * Where in its file each problem is: line and column, and the items of a path named by their
 * ids (`figures[0] (id "revenue-2024")`), so an editor goes straight to the mistake. JSON is
 * read with jsonc-parser, which keeps every value's offset; the ArchieML copy is read by line.
 */
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import type { DataProblem } from './errors.ts';

/** `orgStates[2].nodes[3].parent` as keys: `['orgStates', 2, 'nodes', 3, 'parent']`. */
export function pathKeys(path: string): (string | number)[] {
	return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/** The 1-based line and column of an offset into a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return { line, column: offset - before.lastIndexOf('\n') };
}

const ID_KEYS = ['id', 'unit', 'person'];

/** Locates each problem of a JSON file at the value its path names (or the nearest existing parent). */
export function locateInJson(problems: readonly DataProblem[], text: string): DataProblem[] {
	const tree = parseTree(text);
	if (!tree) return [...problems];
	return problems.map((problem) => {
		if (problem.line !== undefined || !problem.path) return problem;
		const keys = pathKeys(problem.path);
		let node: Node | undefined;
		for (let n = keys.length; n >= 0 && !node; n--) node = findNodeAtLocation(tree, keys.slice(0, n));
		const named = keys
			.map((key, i) => {
				if (typeof key !== 'number') return i === 0 ? key : `.${key}`;
				const item = findNodeAtLocation(tree, keys.slice(0, i + 1));
				const idKey = ID_KEYS.find((k) => typeof findNodeAtLocation(item!, [k])?.value === 'string');
				const id = item && idKey ? findNodeAtLocation(item, [idKey])!.value : undefined;
				return id ? `[${key}] (${idKey} "${id}")` : `[${key}]`;
			})
			.join('');
		// A property's value is where the mistake is; its key line if the value is an object.
		const at = node?.parent?.type === 'property' && node.type !== 'object' ? node : node?.parent?.type === 'property' ? node.parent : node;
		return { ...problem, label: named, ...(at ? lineColumn(text, at.offset) : {}) };
	});
}

/**
 * Locates each problem of an ArchieML copy file: a step by its place in [steps] (named by its id),
 * a field by its key's line within the step; `line N` paths (from the ArchieML lint) as they are.
 */
export function locateInCopy(problems: readonly DataProblem[], text: string): DataProblem[] {
	const lines = text.split(/\r?\n/);
	const stepsStart = lines.findIndex((line) => /^\s*\[steps\]\s*$/.test(line));
	// Each step starts at its `id:` line (the first key of a step, as the template writes them).
	const stepStarts = lines.flatMap((line, i) => (i > stepsStart && stepsStart >= 0 && /^id\s*:/.test(line) ? [i] : []));
	const stepsEnd = lines.findIndex((line, i) => i > stepsStart && /^\s*\[\]\s*$/.test(line));
	const keyLine = (key: string, from: number, to: number) => {
		for (let i = from; i < to; i++) if (new RegExp(`^${key}\\s*:`).test(lines[i]!)) return i;
		return -1;
	};
	return problems.map((problem) => {
		if (problem.line !== undefined) return problem;
		const lint = /^line (\d+)$/.exec(problem.path);
		if (lint) return { ...problem, line: Number(lint[1]), column: 1 };
		const keys = pathKeys(problem.path.replace(/ \(id "[^"]*"\)/g, ''));
		if (keys[0] === 'steps' && typeof keys[1] === 'number') {
			const start = stepStarts[keys[1]];
			if (start === undefined) return problem;
			const end = stepStarts[keys[1] + 1] ?? (stepsEnd > start ? stepsEnd : lines.length);
			const id = /^id\s*:\s*(.*)$/.exec(lines[start]!)?.[1]?.trim();
			const field = typeof keys[2] === 'string' ? keyLine(keys[2], start, end) : -1;
			const label = problem.path.includes('(id "') || !id ? undefined : problem.path.replace(/^steps\[(\d+)\]/, `steps[$1] (id "${id}")`);
			return { ...problem, ...(label ? { label } : {}), line: (field >= 0 ? field : start) + 1, column: 1 };
		}
		const top = typeof keys[0] === 'string' ? keyLine(keys[0], 0, stepsStart >= 0 ? stepsStart : lines.length) : -1;
		return top >= 0 ? { ...problem, line: top + 1, column: 1 } : problem;
	});
}
