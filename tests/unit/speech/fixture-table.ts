import { readFileSync } from 'node:fs';

/** Rows of an `a | b | c` fixture table in ./fixtures; `#` lines and blank lines are skipped. */
export function readTable(name: string): string[][] {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split('|').map((cell) => cell.trim()));
}
