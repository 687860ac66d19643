import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { repoPath } from './scenarios';

interface GoldenFile {
  paths: { name: string; moves: string[] }[];
}

/**
 * The moves of a named path in a scenario's golden transcript (tests/golden/<id>.golden.yaml):
 * one source for "the best path" that recording, replay, xAPI and protocol tests all play.
 */
export function goldenMoves(scenarioId: string, name: string): string[] {
  const file = parse(readFileSync(repoPath(`tests/golden/${scenarioId}.golden.yaml`), 'utf8')) as GoldenFile;
  const path = file.paths.find((p) => p.name === name);
  if (!path) throw new Error(`tests/golden/${scenarioId}.golden.yaml has no path "${name}"`);
  return [...path.moves];
}
