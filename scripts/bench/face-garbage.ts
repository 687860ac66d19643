/**
 * `npm run bench:face-garbage`: the bytes the customer's face allocates per frame — the voice's
 * lip-sync sampled, the face animator's emotions, mouth and blinks, the expressions written to
 * the morph targets — measured exactly in Node (`--expose-gc`, a young generation large enough
 * that no collection runs while it measures), unlike the browser's heap sampling, whose 16 KB
 * grain cannot resolve tens of bytes a frame. A diagnostic, not a budget: the figure depends on
 * what V8's optimising compiler inlines in that process (a number passed to or returned from a
 * call that is not inlined is boxed on the heap), and that differs from one process to the next,
 * so it runs several processes and prints each (docs/performance.md, "Script time and garbage").
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { VRMExpression, VRMExpressionManager, VRMExpressionMorphTargetBind } from '@pixiv/three-vrm';
import { BoxGeometry, Mesh, MeshBasicMaterial } from 'three';
import { SeededRandom } from '../../src/core/math/seeded-random';
import { textToVisemes, UNSYNCED } from '../../src/core/speech';
import { createAvatarCues } from '../../src/scene/avatar/avatar-cues';
import { ExpressionUpdater } from '../../src/scene/avatar/expression-updater';
import { FaceAnimator } from '../../src/scene/avatar/face-animator';
import { sampleVoicedLine, type VoicedLine } from '../../src/speech/voiced-line';

const PROCESSES = 6;

if (!process.argv.includes('--child')) {
  const self = fileURLToPath(import.meta.url);
  const runs = Array.from({ length: PROCESSES }, () => {
    const out = execFileSync(
      process.execPath,
      ['--expose-gc', '--max-semi-space-size=64', '--import', 'tsx', self, '--child'],
      { encoding: 'utf8' },
    );
    return (JSON.parse(out) as { bytesPerFrame: number }).bytesPerFrame;
  });
  const shown = runs.map((b) => b.toFixed(0)).join(', ');
  console.log(
    `The customer's face (lip-sync, face animator, expressions): ${shown} B a frame in ${PROCESSES} processes`,
  );
  process.exit(0);
}

const NAMES = ['aa', 'ih', 'ou', 'ee', 'oh', 'blink', 'happy', 'angry', 'sad', 'relaxed', 'surprised', 'neutral'];
const FRAMES = 50_000;

const mesh = new Mesh(new BoxGeometry(), new MeshBasicMaterial());
mesh.morphTargetInfluences = new Array(NAMES.length).fill(0);
const manager = new VRMExpressionManager();
NAMES.forEach((name, index) => {
  const expression = new VRMExpression(name);
  expression.addBind(new VRMExpressionMorphTargetBind({ primitives: [mesh], index, weight: 1 }));
  if (name === 'angry' || name === 'surprised') expression.overrideMouth = 'blend';
  manager.registerExpression(expression);
});
const face = new FaceAnimator(manager, new SeededRandom('bench'));
const expressions = new ExpressionUpdater(manager);
const text = 'Das ist jetzt schon das dritte Mal, dass ich mit diesem Gerät hier stehe, und wieder geht nichts!';
const line: VoicedLine = { timeline: textToVisemes(text, 'de'), startedAt: 0, sync: UNSYNCED };
const cues = createAvatarCues();
cues.speaking = true;
cues.emotion = 'angry';
cues.revision = 1;

// The frame's time in a field: a number in a closure's variable would be boxed on every write.
const clock = { now: 0 };
// As the live drive does: one closure made once, sampling the line at the frame's time.
const mouth = (out: Parameters<typeof sampleVoicedLine>[2]) => sampleVoicedLine(line, clock.now % 5000, out);
const frames = (count: number) => {
  for (let i = 0; i < count; i++) {
    clock.now += 1000 / 90;
    face.update(1 / 90, cues, mouth);
    expressions.update();
  }
};

frames(4 * FRAMES); // warm: the optimising compiler has settled
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const perFrame: number[] = [];
for (let round = 0; round < 5; round++) {
  gc();
  const before = getHeapStatistics().used_heap_size;
  frames(FRAMES);
  perFrame.push((getHeapStatistics().used_heap_size - before) / FRAMES);
}
perFrame.sort((a, b) => a - b);
console.log(JSON.stringify({ bytesPerFrame: perFrame[2], rounds: perFrame, frames: FRAMES }));
