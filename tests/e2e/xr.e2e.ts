import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchErrors } from './support/browser';
import { useHarness } from './support/harness';
import {
  aim,
  endSessionFromSystem,
  enterVr,
  type Point,
  pinch,
  presenting,
  pressButton,
  pullTrigger,
  settledWorldPoint,
  useInput,
  waitFrames,
} from './support/xr';
import { XR_SCENARIO, XR_SEED } from './support/xr-path';

// Immersive VR in an emulated Meta Quest 3: the page installs iwer itself behind ?xr=iwer
// (src/xr/session/emulation.ts), the test steers its head, controllers and hands. Emulated stereo
// is rendered in software at well under 10 frames a second, so the tests in each block share one
// page and run in order, every wait counts frames, and the timeouts are long.
const OUT = 'tests/output';
/** Small enough that a stereo frame stays under about a second on a busy two-core machine. */
const VIEWPORT = { width: 800, height: 500 };
const STEP = 600_000;

const harness = useHarness();

type Figures = { calls: number; triangles: number; frames: number };
type Intent = { type: string; response?: string };

const figures = (page: Page) => page.evaluate(() => window.__counterpartScene?.figures() as Figures);
const intents = (page: Page) => page.evaluate(() => (window.__counterpartScene?.intents() ?? []) as Intent[]);
const chosen = async (page: Page) => (await intents(page)).filter((i) => i.type === 'choose').map((i) => i.response);
const hasObject = (page: Page, name: string) =>
  page.evaluate((n) => window.__counterpartScene?.worldPoint(n) != null, name);

/** The response id behind answer number `n`, read from the accessible DOM mirror (present even in VR). */
async function responseId(page: Page, n: number): Promise<string> {
  await expect.poll(() => page.locator('.choices button').count(), { timeout: 120_000 }).toBeGreaterThanOrEqual(n);
  const id = await page
    .locator('.choices button')
    .nth(n - 1)
    .getAttribute('data-response');
  if (!id) throw new Error(`answer ${n} has no data-response`);
  return id;
}

/** Waits for the next decision: the customer has finished speaking since the last choice, and answers are shown. */
async function nextDecision(page: Page): Promise<void> {
  await expect
    .poll(
      async () => {
        const all = await intents(page);
        const lastChoice = all.map((i) => i.type).lastIndexOf('choose');
        const spokeSince = all.slice(lastChoice + 1).some((i) => i.type === 'spoken');
        return spokeSince && (await page.locator('.choices button').count()) > 1;
      },
      { timeout: 180_000, interval: 500 },
    )
    .toBe(true);
}

/**
 * Presses B on the right controller until the log's last intent is `expected`. A controller that has
 * just come back is only listened to once React has rendered its new input state: the test waits
 * until the app reports that it listens, and a press lost all the same is lost, never late, so
 * pressing again cannot toggle twice. Fails after five presses.
 */
async function pressUntil(page: Page, expected: 'pause' | 'resume'): Promise<void> {
  const last = async () => (await intents(page)).at(-1)?.type;
  // The app says when it listens to the right controller's B again (a loaded machine can take seconds).
  await expect
    .poll(() => page.evaluate(() => window.__counterpartXR?.pauseListening().right ?? false), { timeout: 60_000 })
    .toBe(true);
  for (let attempt = 0; attempt < 5; attempt++) {
    await pressButton(page, 'right', 'b-button');
    await waitFrames(page, 6);
    if ((await last()) === expected) return;
  }
  expect(await last()).toBe(expected);
}

/** A point in front of the trainee's right shoulder, 0.45 m back from `target`: where a hand aims from. */
const shoulderRight = (target: Point): Point => ({ x: target.x + 0.18, y: target.y + 0.22, z: target.z + 0.38 });

async function openPage(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await harness.browser.newPage({ viewport: VIEWPORT });
  const errors = watchErrors(page);
  await page.goto(harness.at(path));
  return { page, errors };
}

describe('a conversation in the emulated headset', () => {
  let page: Page;
  let errors: string[];
  let desktopAnchor: { x: number; y: number } | null = null;

  beforeAll(async () => {
    ({ page, errors } = await openPage(`/?scenario=${XR_SCENARIO}&probe&seed=${XR_SEED}&xr=iwer`));
  }, STEP);
  afterAll(async () => {
    await page?.close();
  });

  it(
    'enters VR from the running conversation and keeps it where it was',
    async () => {
      // The customer is loaded before anything is measured.
      await expect
        .poll(() => page.evaluate(() => window.__counterpartScene?.avatar() != null), { timeout: 120_000 })
        .toBe(true);
      await responseId(page, 2);
      // A fixed point of the room (the sign on the back wall) shows where the desktop camera looks:
      // the answers' layout changes from one decision to the next, the room does not.
      desktopAnchor = await page.evaluate(() => window.__counterpartScene?.screenPoint('service-sign') ?? null);
      const before = await intents(page);
      await enterVr(page);
      expect(await intents(page)).toEqual(before);
      // The DOM mirror is still there underneath; the customer is still waiting for an answer.
      await expect.poll(() => page.locator('.choices button').count()).toBeGreaterThan(1);
      expect(await page.evaluate(() => window.__counterpartXR?.origin())).toEqual({ x: 0, y: 0, z: 0.62, yaw: 0 });
    },
    STEP,
  );

  it(
    'chooses an answer with the right controller’s ray, confirmed by a haptic pulse',
    async () => {
      const second = await responseId(page, 2);
      await page.evaluate(() => {
        type Pulse = { pulse(v: number, d: number): Promise<boolean> };
        const gamepad = window.__counterpartXR?.device.controllers.right?.inputSource.gamepad as unknown as
          | { hapticActuators?: Pulse[] }
          | undefined;
        const actuator = gamepad?.hapticActuators?.[0];
        if (!actuator) throw new Error('no haptic actuator on the emulated controller');
        const record: [number, number][] = [];
        (window as unknown as { __pulses: [number, number][] }).__pulses = record;
        const original = actuator.pulse.bind(actuator);
        actuator.pulse = (v, d) => {
          record.push([v, d]);
          return original(v, d);
        };
      });
      const target = await settledWorldPoint(page, 'choice-2');
      await aim(page, 'controller', 'right', shoulderRight(target), target);
      await waitFrames(page, 3);
      await pullTrigger(page, 'right');
      await expect.poll(() => chosen(page), { timeout: 120_000 }).toEqual([second]);
      const pulses = await page.evaluate(() => (window as unknown as { __pulses: [number, number][] }).__pulses);
      expect(pulses).toHaveLength(1);
      expect(pulses[0]?.[1]).toBeGreaterThan(0);
    },
    STEP,
  );

  it(
    'stays within 60 draw calls in stereo with both controller models showing',
    async () => {
      await waitFrames(page, 3);
      expect(await hasObject(page, 'controller_mesh')).toBe(true);
      const f = await figures(page);
      await page.screenshot({ path: `${OUT}/xr-stereo-controllers.png`, timeout: 120_000 });
      console.log(`VR stereo, controllers: ${f.calls} draw calls, ${f.triangles} triangles`);
      expect(f.calls).toBeGreaterThan(20);
      expect(f.calls).toBeLessThanOrEqual(60);
      // The rays look for panels only: their walk through the scene stops at the customer, room and counter.
      const walk = async (part: string) => page.evaluate((p) => window.__counterpartScene?.pointerWalk(p), part);
      const customer = await walk('customer');
      console.log(`pointer walk: ${customer?.visited} of ${customer?.total} objects per pointer and frame`);
      expect(customer?.inside).toBe(1);
      expect((await walk('room'))?.inside).toBe(1);
      expect((await walk('service-counter'))?.inside).toBe(1);
      expect(customer?.visited).toBeLessThan(customer?.total ?? 0);
    },
    STEP,
  );

  it(
    'chooses the next answer with a hand-tracking pinch',
    async () => {
      const before = await chosen(page);
      await useInput(page, 'hand');
      // The customer answers first; then the next decision's first answer is pinched.
      await nextDecision(page);
      const first = await responseId(page, 1);
      const target = await settledWorldPoint(page, 'choice-1');
      await aim(page, 'hand', 'right', shoulderRight(target), target);
      await waitFrames(page, 3);
      await pinch(page, 'right');
      await expect.poll(() => chosen(page), { timeout: 120_000 }).toEqual([...before, first]);
      await expect.poll(() => hasObject(page, 'r_handMeshNode'), { timeout: 60_000 }).toBe(true);
      const f = await figures(page);
      await page.screenshot({ path: `${OUT}/xr-stereo-hands.png`, timeout: 120_000 });
      console.log(`VR stereo, hands: ${f.calls} draw calls, ${f.triangles} triangles`);
      expect(f.calls).toBeLessThanOrEqual(100);
    },
    STEP,
  );

  it(
    'survives switching between hands and controllers and a controller disconnecting',
    async () => {
      const before = await intents(page);
      // Each change settles in the app (its pause hook follows the controllers) before the next:
      // on a loaded machine a few frames were not enough, and changes raced each other.
      const listening = (right: boolean, left: boolean) =>
        expect
          .poll(() => page.evaluate(() => window.__counterpartXR?.pauseListening() ?? null), { timeout: 60_000 })
          .toEqual({ right, left });
      await useInput(page, 'controller');
      await listening(true, true);
      await page.evaluate(() => {
        const right = window.__counterpartXR?.device.controllers.right;
        if (right) right.connected = false;
      });
      await waitFrames(page, 3);
      await listening(false, true);
      await useInput(page, 'hand');
      await listening(false, false);
      await useInput(page, 'controller');
      await listening(false, true);
      await page.evaluate(() => {
        const right = window.__counterpartXR?.device.controllers.right;
        if (right) right.connected = true;
      });
      await waitFrames(page, 3);
      await listening(true, true);
      expect(await presenting(page)).toBe(true);
      // Nothing was chosen or lost by the input changes (speech may have moved on by itself).
      expect((await intents(page)).slice(0, before.length)).toEqual(before);
      expect((await intents(page)).filter((i) => i.type === 'choose')).toHaveLength(
        before.filter((i) => i.type === 'choose').length,
      );
      // B pauses and resumes; the reconnected controller answers.
      await pressUntil(page, 'pause');
      await pressUntil(page, 'resume');
    },
    STEP,
  );

  it(
    'recenters onto the trainee’s spot (yaw only) and lifts a seated trainee to standing eye height',
    async () => {
      // The trainee has wandered 0.3 m to the right and 0.2 m back, turned 40° to the left.
      await page.evaluate(() => {
        const device = window.__counterpartXR?.device;
        if (!device) return;
        device.position.set(0.3, 1.6, 0.2);
        device.quaternion.set(0, Math.sin(0.35), 0, Math.cos(0.35));
      });
      await waitFrames(page, 2);
      const pressPanelButton = async (name: string) => {
        const target = await settledWorldPoint(page, name);
        await aim(page, 'controller', 'right', shoulderRight(target), target);
        await waitFrames(page, 3);
        await pullTrigger(page, 'right');
      };
      const headInRoom = () =>
        page.evaluate(() => {
          const xr = window.__counterpartXR;
          if (!xr) return null;
          const o = xr.origin();
          const p = xr.device.position;
          const c = Math.cos(o.yaw);
          const s = Math.sin(o.yaw);
          const q = xr.device.quaternion;
          const headYaw = 2 * Math.atan2(q.y, q.w);
          return { x: o.x + p.x * c + p.z * s, y: o.y + p.y, z: o.z - p.x * s + p.z * c, yaw: o.yaw + headYaw };
        });
      await pressPanelButton('xr-recenter');
      await expect.poll(async () => Math.abs((await headInRoom())?.yaw ?? 1), { timeout: 60_000 }).toBeLessThan(1e-3);
      const head = await headInRoom();
      expect(head?.x).toBeCloseTo(0, 3);
      expect(head?.z).toBeCloseTo(0.62, 3);
      expect(head?.y).toBeCloseTo(1.6, 3);
      // Sitting down: the head drops to 1.2 m; "Seated" lifts it back to 1.65 m.
      await page.evaluate(() => window.__counterpartXR?.device.position.set(0.3, 1.2, 0.2));
      await waitFrames(page, 2);
      await pressPanelButton('xr-posture');
      await expect
        .poll(() => page.evaluate(() => window.__counterpartXR?.posture()), { timeout: 60_000 })
        .toBe('seated');
      await expect.poll(async () => (await headInRoom())?.y ?? 0, { timeout: 60_000 }).toBeCloseTo(1.65, 3);
      await pressPanelButton('xr-posture');
      await expect
        .poll(() => page.evaluate(() => window.__counterpartXR?.posture()), { timeout: 60_000 })
        .toBe('standing');
      await expect.poll(async () => (await headInRoom())?.y ?? 0, { timeout: 60_000 }).toBeCloseTo(1.2, 3);
      // Stand up again where we started, for the tests after this one.
      await page.evaluate(() => {
        const device = window.__counterpartXR?.device;
        device?.position.set(0, 1.6, 0);
        device?.quaternion.set(0, 0, 0, 1);
      });
      await pressPanelButton('xr-recenter');
      await expect
        .poll(() => page.evaluate(() => window.__counterpartXR?.origin()), { timeout: 60_000 })
        .toEqual({ x: 0, y: 0, z: 0.62, yaw: 0 });
    },
    STEP,
  );

  it(
    'leaves and re-enters VR three times in a row with the conversation intact and the desktop view restored',
    async () => {
      for (let round = 0; round < 3; round++) {
        const before = await intents(page);
        if (round === 0) {
          // From inside the headset: the comfort panel's „VR beenden“, by ray.
          const target = await settledWorldPoint(page, 'xr-exit');
          await aim(page, 'controller', 'right', shoulderRight(target), target);
          await waitFrames(page, 3);
          await pullTrigger(page, 'right');
          await expect.poll(() => presenting(page), { timeout: 60_000 }).toBe(false);
        } else {
          await endSessionFromSystem(page);
        }
        // Back on the desktop: the conversation is there, and the camera is back at its pose.
        await expect.poll(() => page.locator('.conversation').count(), { timeout: 60_000 }).toBe(1);
        expect((await intents(page)).slice(0, before.length)).toEqual(before);
        await expect
          .poll(
            () =>
              page.evaluate(
                () =>
                  window.__counterpartScene?.screenPoint('choice-1') ??
                  window.__counterpartScene?.screenPoint('choice-2') ??
                  null,
              ),
            {
              timeout: 60_000,
            },
          )
          .not.toBeNull();
        if (desktopAnchor) {
          const now = await page.evaluate(() => window.__counterpartScene?.screenPoint('service-sign') ?? null);
          expect(now?.x).toBeCloseTo(desktopAnchor.x, -1);
          expect(now?.y).toBeCloseTo(desktopAnchor.y, -1);
        }
        await enterVr(page);
        expect((await intents(page)).slice(0, before.length)).toEqual(before);
      }
      await page.screenshot({ path: `${OUT}/xr-stereo-reentered.png`, timeout: 120_000 });
    },
    STEP,
  );

  it(
    'after leaving VR the mouse chooses on the 3D panel again',
    async () => {
      await endSessionFromSystem(page);
      const before = await chosen(page);
      const second = await responseId(page, 2);
      await settledWorldPoint(page, 'choice-2');
      const point = await page.evaluate(() => window.__counterpartScene?.screenPoint('choice-2') ?? null);
      if (!point) throw new Error('no choice-2 on screen');
      await page.mouse.move(point.x - 20, point.y);
      await page.mouse.move(point.x, point.y, { steps: 4 });
      await waitFrames(page, 3);
      await page.mouse.down();
      await page.mouse.up();
      await expect.poll(() => chosen(page), { timeout: 60_000 }).toEqual([...before, second]);
      expect(errors).toEqual([]);
    },
    STEP,
  );

  it(
    'finishes the conversation, debrief included, with the controller alone',
    async () => {
      await enterVr(page);
      /**
       * Aims the right controller at a named 3D button and pulls the trigger once. False when the
       * button went away before it settled (a line that ends takes „Weiter“ with it).
       */
      const press = async (name: string, timeout = 60_000) => {
        const target = await settledWorldPoint(page, name, timeout).catch(() => null);
        if (!target) return false;
        await aim(page, 'controller', 'right', shoulderRight(target), target);
        await waitFrames(page, 3);
        // Pointed at, an answer card grows to show its whole text: aim again once it has settled.
        const settled = await settledWorldPoint(page, name, 15_000).catch(() => null);
        if (!settled) return false;
        await aim(page, 'controller', 'right', shoulderRight(settled), settled);
        await waitFrames(page, 3);
        await pullTrigger(page, 'right');
        return true;
      };
      const debrief = () => hasObject(page, 'debrief-menu');
      for (let step = 0; step < 60 && !(await debrief()); step++) {
        const count = (await chosen(page)).length;
        if (await hasObject(page, 'choice-1')) {
          const timeouts = (await intents(page)).filter((i) => i.type === 'timeout').length;
          if (!(await press('choice-1'))) continue;
          // Chosen — or the decision's time limit ran out first under slow emulation (the engine moves on).
          const moved = async () =>
            (await chosen(page)).length > count ||
            (await intents(page)).filter((i) => i.type === 'timeout').length > timeouts;
          await expect.poll(moved, { timeout: 120_000 }).toBe(true);
        } else if (await hasObject(page, 'skip')) {
          // „Weiter“: the rest of the customer's line is skipped, as a trainee in a hurry would.
          await press('skip', 15_000);
          await waitFrames(page, 2);
        } else {
          await waitFrames(page, 2);
        }
      }
      expect(await debrief()).toBe(true);
      await page.screenshot({ path: `${OUT}/xr-debrief.png`, timeout: 120_000 });
      // No keyboard, no mouse: the whole run went through the controller.
      expect(await press('debrief-menu')).toBe(true);
      await expect.poll(() => page.locator('.menu').count(), { timeout: 60_000 }).toBe(1);
      // The menu is a page, not a place in the room: the headset session ends with it.
      await expect.poll(() => presenting(page), { timeout: 60_000 }).toBe(false);
      expect(errors).toEqual([]);
    },
    STEP * 2,
  );
});

describe('entering VR from the start menu', () => {
  it(
    'starts the selected scenario in the headset',
    async () => {
      const { page, errors } = await openPage('/?probe&xr=iwer');
      try {
        await page.locator('.scenario-card').first().click();
        await enterVr(page);
        await expect.poll(() => page.locator('.conversation').count(), { timeout: 60_000 }).toBe(1);
        expect(await presenting(page)).toBe(true);
        // One ray at a time, the right controller's first; pulling the left trigger (aimed at the
        // ceiling) moves the ray there and chooses nothing.
        const active = () => page.evaluate(() => window.__counterpartXR?.activeController());
        expect(await active()).toBe('right');
        await aim(page, 'controller', 'left', { x: -0.25, y: 1.2, z: 0.9 }, { x: -0.25, y: 3, z: 0.9 });
        await waitFrames(page, 2);
        await pullTrigger(page, 'left');
        await expect.poll(active, { timeout: 60_000 }).toBe('left');
        expect((await intents(page)).filter((i) => i.type === 'choose')).toEqual([]);
        await endSessionFromSystem(page);
        await expect.poll(() => page.locator('.conversation').count(), { timeout: 60_000 }).toBe(1);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    },
    STEP,
  );
});
