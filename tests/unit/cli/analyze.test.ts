import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '@/utils/cli/cli-args';

const root = resolve(import.meta.dirname, '..', '..', '..');
const fixture = (...p: string[]) => join(root, 'tests', 'fixtures', ...p);
const SUCCESS_KEYS = [
  'file',
  'ok',
  'url',
  'title',
  'byline',
  'siteName',
  'lang',
  'publishedTime',
  'excerpt',
  'wordCount',
  'readingTimeMinutes',
  'text',
  'html',
  'entities',
  'related',
];

type Line = Record<string, unknown>;
const list = (value: unknown): Line[] => (Array.isArray(value) ? (value as Line[]) : []);

function runCli(args: string[]) {
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  const r = spawnSync(tsx, [join(root, 'utils', 'cli', 'analyze.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  const lines = r.stdout.split('\n').filter(Boolean);
  return {
    status: r.status,
    stderr: r.stderr,
    lines: lines.map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

describe('analyze CLI', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'liseuse-cli-'));
    writeFileSync(
      join(tmp, 'article.html.gz'),
      gzipSync(readFileSync(fixture('pages', 'en-news-article.html'))),
    );
    writeFileSync(join(tmp, 'corrupt.html.gz'), 'not gzip at all');
    copyFileSync(fixture('pages', 'broken.html'), join(tmp, 'locked.html'));
    chmodSync(join(tmp, 'locked.html'), 0o000);
  });

  it('prints one JSON line per file with exactly the documented fields, failures included, and exits 1', () => {
    const files = [
      fixture('pages', 'en-news-article.html'),
      join(tmp, 'article.html.gz'),
      fixture('text', 'en-plain-article.txt'),
      join(tmp, 'missing.html'),
      join(tmp, 'corrupt.html.gz'),
      fixture('pages', 'not-article.html'),
    ];
    const { status, lines, stderr } = runCli(files);
    expect(lines).toHaveLength(files.length);
    expect(lines.map((l) => l.file)).toEqual(files);
    expect(lines.map((l) => l.ok)).toEqual([true, true, true, false, false, true]);
    for (const line of lines.filter((l) => l.ok)) expect(Object.keys(line)).toEqual(SUCCESS_KEYS);
    const [html, gz, txt, missing, corrupt] = lines;
    expect(gz).toEqual({ ...html, file: files[1] });
    expect(html).toMatchObject({
      url: 'https://ledger.example/news/2025/03/brackwater-library-maps-online',
      lang: 'en',
    });
    expect(list(html?.entities)[0]).toEqual({
      text: expect.any(String),
      type: expect.any(String),
      count: expect.any(Number),
    });
    expect(Object.keys(list(html?.related)[0] ?? {})).toEqual(['title', 'url', 'score']);
    expect(txt).toMatchObject({ title: 'Night ferry returns to the estuary after six years', related: [] });
    expect(String(txt?.url)).toMatch(/^file:\/\/.*en-plain-article\.txt$/);
    expect(missing).toEqual({
      file: files[3],
      ok: false,
      error: { code: 'unreadable-file', message: expect.any(String) },
    });
    expect(corrupt).toMatchObject({ ok: false, error: { code: 'unreadable-file' } });
    expect(status).toBe(1);
    expect(stderr).toContain('not-article');
  }, 60_000);

  it('uses --url as the page URL and exits 0 when every file succeeds', () => {
    const url = 'https://octet-actu.example/actu-58214/midnight-blizzard-cisa-directive-urgence-microsoft';
    const { status, lines } = runCli(['--url', url, fixture('pages', 'fr-tech-article.html')]);
    expect(status).toBe(0);
    expect(lines[0]).toMatchObject({ ok: true, url, lang: 'fr' });
    expect(String(list(lines[0]?.related)[0]?.url)).toMatch(/^https:\/\/octet-actu\.example\//);
  }, 60_000);

  it('reports an unreadable file (no permission) and goes on', () => {
    const isRoot = process.getuid?.() === 0; // root reads any file: the missing-file case covers it then
    const { lines } = runCli([join(tmp, 'locked.html'), fixture('pages', 'broken.html')]);
    expect(lines[0]?.ok).toBe(isRoot);
    expect(lines[1]?.ok).toBe(true);
  }, 60_000);
});

describe('parseArgs', () => {
  it('reads --url and files, and rejects bad usage', () => {
    expect(parseArgs(['--url', 'https://a.example/', 'x.html'])).toEqual({
      url: 'https://a.example/',
      files: ['x.html'],
    });
    expect(parseArgs(['--url=https://a.example/', 'x.html', 'y.txt'])).toEqual({
      url: 'https://a.example/',
      files: ['x.html', 'y.txt'],
    });
    expect(parseArgs([])).toEqual({ error: 'no input file' });
    expect(parseArgs(['--url', 'x.html'])).toHaveProperty('error');
    expect(parseArgs(['--verbose', 'x.html'])).toHaveProperty('error');
  });
});
