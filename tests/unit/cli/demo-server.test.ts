import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, resolveUnderRoot, STALLED_PATH, startDemoServer } from '@/utils/cli/demo-server';

let dir: string;
let root: string;
let server: DemoServer;

/** Raw GET so the path is sent exactly as written (fetch would normalise `..`). */
function get(path: string, method = 'GET'): Promise<{ status: number; type?: string; body: string }> {
  const { port, hostname } = new URL(server.url);
  return new Promise((done, fail) => {
    const req = request({ host: hostname, port, path, method }, (res) => {
      let body = '';
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => done({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }));
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liseuse-demo-'));
  root = join(dir, 'pages');
  await mkdir(join(root, 'sub'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<p>index</p>');
  await writeFile(join(root, 'sub', 'a b.html'), '<p>a b</p>');
  await writeFile(join(root, 'style.css'), 'p{}');
  await writeFile(join(dir, 'secret.txt'), 'secret');
  await symlink(join(dir, 'secret.txt'), join(root, 'link.txt'));
  server = await startDemoServer(root);
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('demo server', () => {
  it('binds the loopback interface only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves files with their content type, directories through index.html', async () => {
    expect(await get('/')).toMatchObject({
      status: 200,
      type: 'text/html; charset=utf-8',
      body: '<p>index</p>',
    });
    expect(await get('/sub/a%20b.html')).toMatchObject({ status: 200, body: '<p>a b</p>' });
    expect(await get('/style.css')).toMatchObject({ status: 200, type: 'text/css; charset=utf-8' });
    expect(await get('/style.css', 'HEAD')).toMatchObject({ status: 200, body: '' });
  });

  it('never serves anything outside its root', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/sub/..%2f..%2fsecret.txt', '/link.txt']) {
      expect((await get(path)).status, path).toBe(404);
    }
    expect(await resolveUnderRoot(root, '/%00')).toBeNull();
    expect(await resolveUnderRoot(root, '/%E0%A4%A')).toBeNull();
  });

  it('is read-only and answers 404 for missing files', async () => {
    expect((await get('/index.html', 'POST')).status).toBe(405);
    expect((await get('/missing.html')).status).toBe(404);
  });

  it('never answers under its stalled path, as a hanging third-party server', async () => {
    // The held request ends when the server closes (afterAll).
    const answer = get(`${STALLED_PATH}ad.js`).then(
      () => 'answered',
      () => 'closed',
    );
    const waited = new Promise((done) => setTimeout(() => done('pending'), 200));
    expect(await Promise.race([answer, waited])).toBe('pending');
  });
});
