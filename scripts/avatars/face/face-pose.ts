/**
 * A face pose is a handful of muscle-like parameters. Every VRM expression is a
 * pose, and its morph target is simply "face built at this pose minus face built
 * at neutral", so brows, lids and lips always move together consistently.
 */

export const EXPRESSION_NAMES = [
  'neutral',
  'happy',
  'angry',
  'sad',
  'relaxed',
  'surprised',
  'aa',
  'ih',
  'ou',
  'ee',
  'oh',
  'blink',
  'blinkLeft',
  'blinkRight',
  'lookUp',
  'lookDown',
  'lookLeft',
  'lookRight',
] as const;
export type ExpressionName = (typeof EXPRESSION_NAMES)[number];

export interface FacePose {
  /** Metres the inner / middle / outer part of each brow moves up (negative: down). */
  browInner: number;
  browMid: number;
  browOuter: number;
  /** Metres the inner brow ends move towards each other (a frown). */
  browSqueeze: number;
  /** Upper lid per eye [avatar's left, right]: 0 open, 1 shut, negative wider. */
  lidUpper: readonly [number, number];
  /** Extra closing of the inner (angry glare) or outer (sad droop) half of the upper lid. */
  lidInnerTilt: number;
  lidOuterDroop: number;
  /** Lower lid raised by the cheeks (smile squint), 0..1; negative drops it. */
  lidLower: number;
  /** Metres the mouth corners move up (smile) or down. */
  mouthCorner: number;
  /** Metres the lower lip drops (jaw open). */
  mouthOpen: number;
  /** Metres the upper lip rises. */
  upperLipRaise: number;
  /** Mouth width factor. */
  mouthWidth: number;
  /** 0..1 rounded, pushed-forward lips (oo, oh). */
  mouthRound: number;
  /** 0..1 lips pressed thin. */
  lipPress: number;
  /** Iris shift in metres: +x towards the avatar's left, +y up. */
  gazeX: number;
  gazeY: number;
}

export const NEUTRAL_POSE: FacePose = {
  browInner: 0,
  browMid: 0,
  browOuter: 0,
  browSqueeze: 0,
  lidUpper: [0, 0],
  lidInnerTilt: 0,
  lidOuterDroop: 0,
  lidLower: 0,
  mouthCorner: 0,
  mouthOpen: 0,
  upperLipRaise: 0,
  mouthWidth: 1,
  mouthRound: 0,
  lipPress: 0,
  gazeX: 0,
  gazeY: 0,
};

/**
 * Expressions as differences from neutral. Brow travel is 6–10 mm so anger,
 * sadness and surprise read from a trainee standing 1.2 m away.
 */
export const EXPRESSION_POSES: Record<ExpressionName, Partial<FacePose>> = {
  neutral: {},
  happy: {
    browInner: 0.002,
    browOuter: 0.0015,
    lidUpper: [0.12, 0.12],
    lidLower: 0.55,
    mouthCorner: 0.0065,
    mouthWidth: 1.12,
    mouthOpen: 0.0035,
    upperLipRaise: 0.0012,
  },
  angry: {
    browInner: -0.0075,
    browMid: -0.002,
    browOuter: 0.0025,
    browSqueeze: 0.0045,
    lidUpper: [0.22, 0.22],
    lidInnerTilt: 0.35,
    lidLower: 0.3,
    mouthCorner: -0.0045,
    mouthWidth: 0.94,
    lipPress: 0.65,
  },
  sad: {
    browInner: 0.0075,
    browMid: 0.002,
    browOuter: -0.0035,
    browSqueeze: 0.0025,
    lidUpper: [0.25, 0.25],
    lidOuterDroop: 0.35,
    mouthCorner: -0.0055,
    mouthWidth: 0.95,
    mouthOpen: 0.0008,
  },
  relaxed: {
    browInner: 0.001,
    lidUpper: [0.42, 0.42],
    lidLower: 0.15,
    mouthCorner: 0.003,
    mouthWidth: 1.04,
  },
  surprised: {
    browInner: 0.009,
    browMid: 0.0105,
    browOuter: 0.0075,
    lidUpper: [-0.55, -0.55],
    lidLower: -0.3,
    mouthOpen: 0.013,
    mouthWidth: 0.8,
    mouthRound: 0.6,
  },
  aa: { mouthOpen: 0.0145, upperLipRaise: 0.0012, mouthWidth: 0.98 },
  ih: { mouthOpen: 0.0042, upperLipRaise: 0.001, mouthWidth: 1.1 },
  ou: { mouthOpen: 0.0052, mouthWidth: 0.66, mouthRound: 1 },
  ee: { mouthOpen: 0.0028, upperLipRaise: 0.0008, mouthWidth: 1.18, mouthCorner: 0.0012 },
  oh: { mouthOpen: 0.011, mouthWidth: 0.8, mouthRound: 0.75 },
  blink: { lidUpper: [1, 1] },
  blinkLeft: { lidUpper: [1, 0] },
  blinkRight: { lidUpper: [0, 1] },
  lookUp: { gazeY: 0.0034 },
  lookDown: { gazeY: -0.0034 },
  lookLeft: { gazeX: 0.0055 },
  lookRight: { gazeX: -0.0055 },
};

export const poseFor = (name: ExpressionName): FacePose => ({ ...NEUTRAL_POSE, ...EXPRESSION_POSES[name] });
