import type { CDPSession } from 'playwright-core';

/** A heap snapshot summed up: compiled code (V8's JIT output) apart from everything else. */
export interface HeapMakeup {
  codeBytes: number;
  otherBytes: number;
}

type Snapshot = { snapshot: { meta: { node_fields: string[]; node_types: (string[] | string)[] } }; nodes: number[] };

/**
 * Takes a heap snapshot and sums the self sizes of its nodes by kind. Used heap grows as V8
 * compiles more of the app's code into optimised machine code over the first runs; this tells
 * that growth from objects the app keeps.
 */
export async function heapMakeup(cdp: CDPSession): Promise<HeapMakeup> {
  const chunks: string[] = [];
  const collect = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  }
  const { snapshot, nodes } = JSON.parse(chunks.join('')) as Snapshot;
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[0] as string[];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  let codeBytes = 0;
  let otherBytes = 0;
  for (let i = 0; i < nodes.length; i += fields.length) {
    const size = nodes[i + sizeAt] as number;
    if (types[nodes[i + typeAt] as number] === 'code') codeBytes += size;
    else otherBytes += size;
  }
  return { codeBytes, otherBytes };
}
