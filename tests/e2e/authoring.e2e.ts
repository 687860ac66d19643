import { mkdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchErrors } from './support/browser';
import { useHarness } from './support/harness';

// The trainer's scenario page on the built app: a broken file shows its problems with line
// numbers, is fixed in the editor, stored, and then starts from the start menu and by deep link;
// hostile files are refused and change nothing stored; unsaved edits survive a reload.
const OUT = 'tests/output';
const VIEWPORT = { width: 1280, height: 800 };
const BROKEN = 'tests/fixtures/scenes/invalid/unknown-target.yaml';
const ID = 'unknown-target';

const harness = useHarness();
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  // One context for the whole walk: the stored scenario and the draft live in its storage.
  context = await harness.browser.newContext({ viewport: VIEWPORT });
  page = await context.newPage();
  page.setDefaultTimeout(120_000);
  errors = watchErrors(page);
});
afterAll(async () => {
  await context?.close();
});

const fileInput = () => page.locator('.authoring-load input[type=file]');
const outcome = (name: string) =>
  page.locator('.load-outcome').filter({ has: page.locator('.import-file', { hasText: name }) });
const storedCount = () => page.locator('.stored-scenarios > li').count();
// CodeMirror draws only the lines in view: read what is on screen, after moving there.
const editorText = () => page.locator('.authoring-editor .cm-content').textContent();
/** Scrolls the page so the editor's top edge is at the top: editor, problems and graph in one view. */
const showEditor = () =>
  page.locator('.authoring-editor .editor-bar').evaluate((bar) => bar.scrollIntoView({ block: 'start' }));

describe('the trainer scenario page', () => {
  it('shows a broken file’s problems with line and column, in German', async () => {
    await page.goto(harness.at('/#/scenarios'));
    await page.getByRole('heading', { name: 'Eigene Szenarien' }).waitFor();
    // The picker has its own label in the app's language.
    await page.getByText('Szenario-Dateien wählen …').waitFor();
    await fileInput().setInputFiles({ name: `${ID}.yaml`, mimeType: 'application/yaml', buffer: readFileSync(BROKEN) });
    const broken = outcome(`${ID}.yaml`);
    await broken.locator('.import-problem[data-line="57"]').waitFor();
    expect(await broken.getAttribute('data-status')).toBe('invalid');
    expect(await broken.locator('.import-problem').first().textContent()).toMatch(
      /Zeile 57, Spalte 15[\s\S]*nodes\.opening\.responses\[1\]\.next[\s\S]*lefft/,
    );
    expect(await storedCount()).toBe(0);
    await page.screenshot({ path: `${OUT}/authoring-problems.png` });
  });

  it('is fixed in the editor (problem list jumps to it), graph jumps to a node, and is stored', async () => {
    await outcome(`${ID}.yaml`).getByRole('button', { name: 'Im Editor öffnen' }).click();
    const editor = page.locator('.authoring-editor');
    const jump = editor.locator('.problem-jump').filter({ hasText: 'Zeile 57' });
    await jump.waitFor();
    await editor.locator('.graph-node[data-node="opening"]').waitFor();
    // Before the fix the answer leads nowhere, so the node "left" is unreachable: outlined in the graph.
    expect(await editor.locator('.graph-node[data-node="left"]').getAttribute('data-unreachable')).toBe('true');
    await showEditor();
    await page.screenshot({ path: `${OUT}/authoring-editor-problems.png` });
    await jump.click();
    // The jump scrolled line 57 into view: its inline mark shows on the wrong target.
    expect(await editor.locator('.cm-lintRange-error').first().textContent()).toBe('lefft');
    await page.keyboard.press('Shift+End');
    await page.keyboard.type('left');
    await editor.locator('.editor-valid[data-valid="true"]').waitFor();
    expect(await editor.locator('.import-problem[data-severity="error"]').count()).toBe(0);
    expect(await editorText()).toContain('next: left');

    await editor.locator('.graph-node[data-node="calmer"]').click();
    expect(await editor.locator('.cm-activeLine').textContent()).toMatch(/^\s*calmer:/);
    expect(await editor.locator('.graph-node[data-kind="ending"]').count()).toBeGreaterThan(0);
    expect(await editor.locator('.graph-node[data-unreachable], .graph-node[data-dead-end]').count()).toBe(0);

    await editor.getByRole('button', { name: 'Auf diesem Gerät speichern' }).click();
    await editor.locator('.editor-note', { hasText: 'gespeichert' }).waitFor();
    await page.locator(`.stored-scenarios > li[data-scenario="${ID}"]`).waitFor();
    await showEditor();
    await page.screenshot({ path: `${OUT}/authoring-editor.png` });
  });

  it('refuses hostile files with a message and leaves the stored scenario alone', async () => {
    const before = await storedCount();
    const huge = `format: counterpart-scenario/1\n${'# padding\n'.repeat(60_000)}`;
    await fileInput().setInputFiles([
      { name: 'huge.yaml', mimeType: 'application/yaml', buffer: Buffer.from(huge) },
      {
        name: 'binary.yaml',
        mimeType: 'application/yaml',
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff]),
      },
      { name: 'deep.yaml', mimeType: 'application/yaml', buffer: Buffer.from(`a: ${'['.repeat(5000)}`) },
      {
        name: 'alias-bomb.yaml',
        mimeType: 'application/yaml',
        buffer: readFileSync('tests/fixtures/scenes/invalid/alias-bomb.yaml'),
      },
    ]);
    const refusal = async (name: string) => {
      const o = outcome(name);
      await o.locator('.load-message, .import-problem').first().waitFor();
      return { status: await o.getAttribute('data-status'), text: await o.textContent() };
    };
    expect(await refusal('huge.yaml')).toMatchObject({ status: 'refused', text: expect.stringMatching(/zu groß/) });
    expect(await refusal('binary.yaml')).toMatchObject({
      status: 'refused',
      text: expect.stringMatching(/keine Textdatei/),
    });
    expect(await refusal('deep.yaml')).toMatchObject({
      status: 'refused',
      text: expect.stringMatching(/verschachtelt/),
    });
    expect((await refusal('alias-bomb.yaml')).status).toBe('invalid');
    expect(await storedCount()).toBe(before);
  });

  it('keeps unsaved edits over a reload', async () => {
    await page.locator('.authoring-editor .cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n# Entwurf nicht gespeichert');
    await page.reload();
    await page.locator('.authoring-editor .cm-content').click();
    await page.keyboard.press('Control+End');
    await expect
      .poll(() => page.locator('.authoring-editor .cm-activeLine').textContent())
      .toBe('# Entwurf nicht gespeichert');
    // The fix made before saving is in the draft as well: the editor still has no errors.
    await page.locator('.authoring-editor .editor-valid[data-valid="true"]').waitFor();
  });

  it('„Probe spielen“ starts the text as it stands, in English, from a chosen node', { timeout: 300_000 }, async () => {
    const playTest = page.locator('.play-test');
    await playTest.getByLabel('Sprache').selectOption('en');
    await playTest.getByLabel('ab Knoten').selectOption('calmer');
    await playTest.getByRole('button', { name: 'Probe spielen' }).click();
    await page.locator('.app[data-screen="conversation"]').waitFor({ state: 'attached', timeout: 180_000 });
    expect(await page.evaluate(() => window.location.hash)).toBe('#/');
    // The node "calmer" opens with this line; the start node's line would be another.
    await page
      .locator('[data-customer-line]', { hasText: 'So what now?' })
      .waitFor({ state: 'attached', timeout: 120_000 });
  });

  it('the stored scenario appears in the start menu as own and starts; the deep link starts it too', {
    timeout: 400_000,
  }, async () => {
    await page.goto(harness.at('/?lang=de'));
    const card = page.locator(`.scenario-card[data-own="true"][data-scenario="${ID}"]`);
    await card.waitFor();
    expect(await card.locator('.own-badge').textContent()).toBe('eigenes Szenario');
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/authoring-start-menu.png` });
    await card.locator('.scenario-title').click();
    expect(await card.getAttribute('data-selected')).toBe('true');
    await page.getByRole('button', { name: 'Gespräch beginnen' }).click();
    await page.locator('.app[data-screen="conversation"]').waitFor({ state: 'attached', timeout: 180_000 });

    const linked = await context.newPage();
    const linkErrors = watchErrors(linked);
    // The conversation started from the menu is saved as a checkpoint of this scenario, so the link
    // continues it (in its language); either way the scenario is read from the device by its id.
    await linked.goto(harness.at(`/?scenario=${ID}`));
    await linked.locator('.app[data-screen="conversation"]').waitFor({ state: 'attached', timeout: 180_000 });
    await linked.locator('[data-customer-line]').first().waitFor({ state: 'attached', timeout: 120_000 });
    await linked.close();
    expect(linkErrors).toEqual([]);
    expect(errors).toEqual([]);
  });
});
