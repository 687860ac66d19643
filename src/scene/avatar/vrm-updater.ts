import type { VRM } from '@pixiv/three-vrm';
import { ExpressionUpdater } from './expression-updater';

/** Spring bones (hair, clothes) step at 30 Hz: enough for secondary motion, a third of the cost at 90 Hz. */
const SPRING_STEP = 1 / 30;

type UpdatableMaterial = { update?: (delta: number) => void };

/**
 * three-vrm's `VRM.update`, in its order (humanoid → look-at → expressions → constraints →
 * springs → materials), except that spring bones step at 30 Hz with the time gathered since and
 * the expressions are applied without the library's per-frame garbage (ExpressionUpdater).
 */
export class VrmUpdater {
  private springTime = 0;
  private readonly expressions: ExpressionUpdater | null;

  constructor(private readonly vrm: VRM) {
    this.expressions = vrm.expressionManager ? new ExpressionUpdater(vrm.expressionManager) : null;
  }

  update(dt: number): void {
    const vrm = this.vrm;
    vrm.humanoid.update();
    vrm.lookAt?.update(dt);
    this.expressions?.update();
    vrm.nodeConstraintManager?.update();
    this.springTime += dt;
    if (this.springTime >= SPRING_STEP) {
      vrm.springBoneManager?.update(this.springTime);
      this.springTime = 0;
    }
    const materials = vrm.materials;
    if (!materials) return;
    for (let i = 0; i < materials.length; i++) (materials[i] as UpdatableMaterial | undefined)?.update?.(dt);
  }
}
