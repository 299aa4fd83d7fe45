import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..');

/** Runs `npm start`'s script with the given arguments and environment. */
function start(args: string[], env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'utils/cli/start.ts', ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe.runIf(process.platform === 'linux')('npm start without a display', () => {
  const { DISPLAY: _d, WAYLAND_DISPLAY: _w, ...noDisplay } = process.env;

  it('says so and points to the headless screenshot, before building anything', () => {
    const r = start([], noDisplay);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no display here');
    expect(r.stderr).toContain('npm start -- --headless --screenshot popup.png');
  });

  it('still rejects --headless without --screenshot with the usage line', () => {
    const r = start(['--headless'], noDisplay);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage: npm start');
  });
});
