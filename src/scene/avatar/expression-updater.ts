import {
  type VRMExpression,
  type VRMExpressionBind,
  type VRMExpressionManager,
  VRMExpressionMorphTargetBind,
} from '@pixiv/three-vrm';

const BLINK = 1;
const LOOK_AT = 2;
const MOUTH = 4;

/**
 * three-vrm's `VRMExpressionManager.update` (3.x) with the same result and no garbage. The
 * library's version builds an object for the override sums, one `{ multiplier }` per expression
 * and a closure per bind in every frame — about a kilobyte of garbage a frame while the customer
 * speaks (docs/performance.md). This one keeps the expression list and each expression's override
 * group from the start and writes morph-target binds itself; other binds (material colours,
 * texture transforms) keep their own `applyWeight`.
 *
 * The expressions are read once, when the updater is made: make it after the avatar's
 * expressions are registered. Binds are read every frame, so binds added later still count.
 */
export class ExpressionUpdater {
  private readonly expressions: readonly VRMExpression[];
  private readonly groups: Uint8Array;

  constructor(manager: VRMExpressionManager) {
    this.expressions = manager.expressions;
    this.groups = new Uint8Array(this.expressions.length);
    this.expressions.forEach((e, i) => {
      const name = e.expressionName;
      this.groups[i] =
        (manager.blinkExpressionNames.includes(name) ? BLINK : 0) |
        (manager.lookAtExpressionNames.includes(name) ? LOOK_AT : 0) |
        (manager.mouthExpressionNames.includes(name) ? MOUTH : 0);
    });
  }

  update(): void {
    const expressions = this.expressions;
    // How much the expressions that override blinking, gaze and mouth take away from those groups.
    let blink = 1;
    let lookAt = 1;
    let mouth = 1;
    for (let i = 0; i < expressions.length; i++) {
      const e = expressions[i] as VRMExpression;
      blink -= e.overrideBlinkAmount;
      lookAt -= e.overrideLookAtAmount;
      mouth -= e.overrideMouthAmount;
    }
    blink = Math.max(0, blink);
    lookAt = Math.max(0, lookAt);
    mouth = Math.max(0, mouth);
    for (let i = 0; i < expressions.length; i++) clearBinds((expressions[i] as VRMExpression).binds);
    for (let i = 0; i < expressions.length; i++) {
      const e = expressions[i] as VRMExpression;
      const group = this.groups[i] as number;
      let weight = e.outputWeight;
      if (group & BLINK) weight *= blink;
      if (group & LOOK_AT) weight *= lookAt;
      if (group & MOUTH) weight *= mouth;
      if (e.isBinary && weight < 1) weight = 0;
      applyBinds(e.binds, weight);
    }
  }
}

function clearBinds(binds: readonly VRMExpressionBind[]): void {
  for (let b = 0; b < binds.length; b++) {
    const bind = binds[b] as VRMExpressionBind;
    if (!(bind instanceof VRMExpressionMorphTargetBind)) {
      bind.clearAppliedWeight();
      continue;
    }
    const meshes = bind.primitives;
    for (let m = 0; m < meshes.length; m++) {
      const influences = meshes[m]?.morphTargetInfluences;
      if (influences && influences[bind.index] != null) influences[bind.index] = 0;
    }
  }
}

function applyBinds(binds: readonly VRMExpressionBind[], weight: number): void {
  for (let b = 0; b < binds.length; b++) {
    const bind = binds[b] as VRMExpressionBind;
    if (!(bind instanceof VRMExpressionMorphTargetBind)) {
      bind.applyWeight(weight);
      continue;
    }
    const meshes = bind.primitives;
    const add = bind.weight * weight;
    for (let m = 0; m < meshes.length; m++) {
      const influences = meshes[m]?.morphTargetInfluences;
      if (influences && influences[bind.index] != null)
        influences[bind.index] = (influences[bind.index] as number) + add;
    }
  }
}
