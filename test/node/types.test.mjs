// The generated framework typings catch mistakes: each test/types/<framework> project uses the
// built package as an app would; good usage must compile, and every misspelt attribute, property
// or event (marked with @ts-expect-error / @vue-expect-error / "error:") must fail to.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { ensureBuilt, root } from './support/build.mjs';

const run = promisify(execFile);
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const project = (name) => path.join(root, 'test/types', name);

/** Runs a checker; resolves to its output whether it passed or not. */
async function check(command, args) {
  try {
    const { stdout, stderr } = await run(bin(command), args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    return { ok: false, output: `${error.stdout ?? ''}${error.stderr ?? ''}` || String(error) };
  }
}

describe('framework types', { timeout: 300_000 }, () => {
  before(ensureBuilt);

  for (const name of ['react', 'preact']) {
    it(`${name}: good usage compiles, each @ts-expect-error (misspelt names, wrong values) is an error`, async () => {
      const { ok, output } = await check('tsc', ['-p', path.join(project(name), 'tsconfig.json')]);
      assert.ok(ok, output);
    });
  }

  it('vue: templates type-check with vue-tsc (strictTemplates); each @vue-expect-error is an error', async () => {
    const { ok, output } = await check('vue-tsc', ['-p', path.join(project('vue'), 'tsconfig.json')]);
    assert.ok(ok, output);
  });

  it('svelte: Good.svelte has no error; Bad.svelte has one on each line marked "error:" and no other', async () => {
    const { output } = await check('svelte-check', ['--workspace', project('svelte'), '--tsconfig', './tsconfig.json', '--output', 'machine']);
    assert.match(output, /COMPLETED/, output);
    const errors = [...output.matchAll(/ ERROR "([^"]+)" (\d+):\d+ /g)].map(([, file, line]) => `${file}:${line}`);
    const bad = readFileSync(path.join(project('svelte'), 'Bad.svelte'), 'utf8').split('\n');
    const expected = bad.flatMap((text, i) => (text.includes('<!-- error:') ? [`Bad.svelte:${i + 1}`] : []));
    assert.ok(expected.length >= 5);
    assert.deepEqual([...new Set(errors)].sort(), expected.sort(), output);
  });

  it('editor data (VS Code custom data, JetBrains web-types) lists every element, attribute and event of the manifest', () => {
    const read = (file) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
    const manifest = read('custom-elements.json');
    const declared = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
    const vscode = read('types/vscode.html-custom-data.json');
    const webTypes = read('types/web-types.json');
    assert.equal(vscode.tags.length, declared.length);
    for (const element of declared) {
      const tag = vscode.tags.find((t) => t.name === element.tagName);
      const jetbrains = webTypes.contributions.html.elements.find((e) => e.name === element.tagName);
      assert.ok(tag && jetbrains, element.tagName);
      assert.deepEqual(tag.attributes.map((a) => a.name), (element.attributes ?? []).map((a) => a.name));
      assert.deepEqual(jetbrains.events.map((e) => e.name), (element.events ?? []).map((e) => e.name));
    }
    const initialStep = vscode.tags.find((t) => t.name === 'auth-authenticator').attributes.find((a) => a.name === 'initial-step');
    assert.deepEqual(initialStep.values.map((v) => v.name), ['signIn', 'signUp', 'forgotPassword']);
  });
});
