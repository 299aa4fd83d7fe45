import { describe, expect, it } from 'vitest';
import type { PageSnapshot } from '@/utils/article/page-snapshot';
import { analyzeTab, type TabAccess } from '@/utils/article/tab/analyze-tab';
import type { AnalysisResult, ArticleAnalysis } from '@/utils/article/types';
import { analysisFixture } from '../analysis-fixture';

const URL_OK = 'https://news.example/2024/04/story';

function snapshot(over: Partial<PageSnapshot> = {}): PageSnapshot {
  return {
    url: URL_OK,
    title: 'Story',
    contentType: 'text/html',
    readyState: 'complete',
    html: '<html><body><p>Hello</p></body></html>',
    truncated: false,
    totalChars: 38,
    ...over,
  };
}

function analysis(over: Partial<ArticleAnalysis> = {}): ArticleAnalysis {
  return analysisFixture({
    url: URL_OK,
    title: 'Story',
    siteName: 'News',
    html: '<p>Hello</p>',
    text: 'Hello',
    ...over,
  });
}

function access(over: Partial<TabAccess> = {}): TabAccess {
  return {
    getTab: async () => ({ url: URL_OK, status: 'complete' }),
    snapshot: async () => snapshot(),
    analyze: (): AnalysisResult => ({ ok: true, value: analysis() }),
    isRestrictedUrl: (url) => url.startsWith('chrome://'),
    ...over,
  };
}

const limits = { maxChars: 1000, injectionTimeoutMs: 50, loadingGraceMs: 20 };

describe('analyzeTab', () => {
  it('returns the analysis of an article without notices', async () => {
    const outcome = await analyzeTab(1, access(), limits);
    expect(outcome).toEqual({ ok: true, value: { analysis: analysis(), notices: [] } });
  });

  it('refuses a restricted URL before injecting anything', async () => {
    let injected = false;
    const outcome = await analyzeTab(
      1,
      access({
        getTab: async () => ({ url: 'chrome://settings' }),
        snapshot: async () => {
          injected = true;
          return snapshot();
        },
      }),
      limits,
    );
    expect(outcome).toMatchObject({ ok: false, error: { code: 'restricted-page' } });
    expect(injected).toBe(false);
  });

  it('takes what the caller already read of the tab instead of asking the browser again', async () => {
    let asked = 0;
    const counting = async () => {
      asked++;
      return { url: URL_OK, status: 'complete' };
    };
    const outcome = await analyzeTab(1, access({ getTab: counting }), limits, { url: URL_OK });
    expect(outcome.ok).toBe(true);
    expect(asked).toBe(0);
  });

  it('refuses a restricted URL the caller read, before injecting anything', async () => {
    let injected = false;
    const recording = async () => {
      injected = true;
      return snapshot();
    };
    const known = { url: 'chrome://extensions' };
    const outcome = await analyzeTab(1, access({ snapshot: recording }), limits, known);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'restricted-page' } });
    expect(injected).toBe(false);
  });

  it('classifies a refused injection on a page whose URL it cannot see', async () => {
    const refuse = async (): Promise<PageSnapshot> => {
      throw new Error('Cannot access contents of the page. Extension manifest must request permission.');
    };
    const outcome = await analyzeTab(1, access({ getTab: async () => ({}), snapshot: refuse }), limits);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'restricted-page' } });
  });

  it('reports a gone tab', async () => {
    const gone = async (): Promise<{ url?: string }> => {
      throw new Error('No tab with id: 7.');
    };
    expect(await analyzeTab(7, access({ getTab: gone }), limits)).toMatchObject({
      error: { code: 'no-tab' },
    });
  });

  it('says a loaded page that never hands over its snapshot did not answer (no analysis ran)', async () => {
    const never = () => new Promise<PageSnapshot>(() => undefined);
    expect(await analyzeTab(1, access({ snapshot: never }), limits)).toMatchObject({
      error: { code: 'no-answer' },
    });
  });

  it('says a page still loading is loading when it does not answer in time, not that it hung', async () => {
    const never = () => new Promise<PageSnapshot>(() => undefined);
    const loadingTab = async () => ({ url: URL_OK, status: 'loading' });
    expect(await analyzeTab(1, access({ getTab: loadingTab, snapshot: never }), limits)).toMatchObject({
      error: { code: 'still-loading' },
    });
  });

  it("asks the page for its snapshot with the limits' size cap and loading grace", async () => {
    const asked: number[][] = [];
    const recording = async (_tab: number, maxChars: number, graceMs: number) => {
      asked.push([maxChars, graceMs]);
      return snapshot();
    };
    await analyzeTab(1, access({ snapshot: recording }), limits);
    expect(asked).toEqual([[1000, 20]]);
  });

  it('says a page still loading is loading when what is parsed of it is not an article yet', async () => {
    const outcome = await analyzeTab(
      1,
      access({
        snapshot: async () => snapshot({ readyState: 'loading' }),
        analyze: () => ({ ok: true, value: analysis({ isArticle: false }) }),
      }),
      limits,
    );
    expect(outcome).toMatchObject({ ok: false, error: { code: 'still-loading' } });
  });

  it('shows the article already parsed on a page still loading, with its notice', async () => {
    const warnings = [{ code: 'still-loading' as const, message: 'loading' }];
    const outcome = await analyzeTab(
      1,
      access({
        snapshot: async () => snapshot({ readyState: 'loading' }),
        analyze: () => ({ ok: true, value: analysis({ warnings }) }),
      }),
      limits,
    );
    expect(outcome).toMatchObject({ ok: true, value: { notices: ['still-loading'] } });
  });

  it("passes on the pipeline's refusal of a PDF or an image", async () => {
    const pdf = () => ({
      ok: false as const,
      error: { code: 'not-html' as const, message: 'application/pdf' },
    });
    expect(await analyzeTab(1, access({ analyze: pdf }), limits)).toMatchObject({
      error: { code: 'not-html' },
    });
  });

  it('keeps a best-effort analysis with one notice per warning code, and flags non-articles', async () => {
    const warnings = [
      { code: 'too-large' as const, message: 'cut' },
      { code: 'still-loading' as const, message: 'loading' },
      { code: 'too-large' as const, message: 'again' },
    ];
    const outcome = await analyzeTab(
      1,
      access({ analyze: () => ({ ok: true, value: analysis({ isArticle: false, warnings }) }) }),
      limits,
    );
    expect(outcome).toMatchObject({
      ok: true,
      value: { notices: ['too-large', 'still-loading', 'not-article'] },
    });
  });

  it('passes on pipeline errors and turns a crash into an internal error', async () => {
    const failing = (): AnalysisResult => ({ ok: false, error: { code: 'parse-error', message: 'bad' } });
    expect(await analyzeTab(1, access({ analyze: failing }), limits)).toMatchObject({
      error: { code: 'parse-error' },
    });
    const crashing = (): AnalysisResult => {
      throw new Error('boom');
    };
    expect(await analyzeTab(1, access({ analyze: crashing }), limits)).toMatchObject({
      error: { code: 'internal', message: 'boom' },
    });
  });
});
