/** Bytes as KB (1024 bytes), one decimal. */
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
/** Milliseconds with a precision that suits their size. */
export const ms = (value: number): string =>
  value >= 100 ? `${value.toFixed(0)} ms` : value >= 1 ? `${value.toFixed(1)} ms` : `${value.toFixed(3)} ms`;
export const count = (value: number): string => value.toLocaleString('en-GB');
export const percent = (value: number): string => `${value >= 0 ? '+' : ''}${value.toFixed(1)} %`;

/** A plain-text table: columns padded to their widest cell; the `right` columns (figures) right-aligned. */
export function table(headers: string[], rows: string[][], right: readonly number[] = [1]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (right.includes(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
