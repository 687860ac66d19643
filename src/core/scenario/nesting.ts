/**
 * The deepest nesting a hand-written scenario needs is about a dozen levels (nodes → node →
 * responses → answer → next → branch → if …). The YAML parser needs seconds for a file of a few
 * thousand brackets before it gives up, so the trainer's page measures the nesting first, in one
 * pass, and refuses a file beyond these limits without parsing it.
 */
export const MAX_FLOW_DEPTH = 24;
export const MAX_INDENT = 96;

/** Where a text nests deeper than a scenario ever needs: the first such line (1-based), or undefined. */
export function tooDeeplyNested(source: string): { line: number } | undefined {
  let depth = 0;
  let line = 1;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart) {
      // Spaces and block-sequence dashes both indent a block.
      if (c === 32 || (c === 45 && source.charCodeAt(i + 1) === 32)) {
        indent++;
        if (indent > MAX_INDENT) return { line };
        continue;
      }
      lineStart = false;
    }
    // Brackets inside quoted texts count too: a text with two dozen open brackets is no scenario either.
    if (c === 91 || c === 123) {
      depth++;
      if (depth > MAX_FLOW_DEPTH) return { line };
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return undefined;
}
