/**
 * Runs three's GLTFExporter in Node and returns the .vrm (binary glTF) bytes.
 * The exporter only needs FileReader to turn its Blob into bytes; with no
 * textures nothing else from the browser is touched.
 */
import type { Object3D } from 'three';
import { GLTFExporter } from 'three/examples/jsm/exporters/GLTFExporter.js';
import type { BuiltAvatar } from '../build-avatar';
import { vrmExtensionPlugin } from './vrm-extension';

class BlobFileReader {
  result: ArrayBuffer | string | null = null;
  onloadend: (() => void) | null = null;

  readAsArrayBuffer(blob: Blob): void {
    void blob.arrayBuffer().then((buffer) => {
      this.result = buffer;
      this.onloadend?.();
    });
  }

  readAsDataURL(blob: Blob): void {
    void blob.arrayBuffer().then((buffer) => {
      this.result = `data:${blob.type};base64,${Buffer.from(buffer).toString('base64')}`;
      this.onloadend?.();
    });
  }
}

function ensureFileReader(): void {
  if (typeof (globalThis as { FileReader?: unknown }).FileReader === 'undefined') {
    Object.assign(globalThis, { FileReader: BlobFileReader });
  }
}

export async function exportVrm(avatar: BuiltAvatar): Promise<Uint8Array> {
  ensureFileReader();
  const exporter = new GLTFExporter();
  exporter.register(vrmExtensionPlugin(avatar));
  const result = await exporter.parseAsync(avatar.scene as Object3D, { binary: true, trs: true, onlyVisible: false });
  if (!(result instanceof ArrayBuffer)) throw new Error('GLTFExporter did not return binary output');
  return new Uint8Array(result);
}
