/**
 * Key entities on the team's fresh rounds: news pages written for the purpose (tests/bench/fresh-rounds/ROUND/,
 * each with a reader's gold written from reading the page before any analysis ran), scored as the reader's gold
 * is (real@10, key@5, keyR@10: entities-gold-score.ts), per round, against another revision in the same run.
 * A round measures rules it has not been used to write: the newest round is the held-out figure; once its faults
 * have been worked on, it is development material like the others.
 *
 *   npm run bench:fresh -- [--baseline REV|none]
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkoutRevision } from './entities-baseline';
import type { GoldPage } from './entities-corpus';
import { emptyTally, formatTally, type GoldTally, scorePage } from './entities-gold-score';

const projectRoot = resolve(import.meta.dirname, '..', '..');
const rounds = join(projectRoot, 'tests', 'bench', 'fresh-rounds');
const args = process.argv.slice(2);
const at = args.indexOf('--baseline');
const baselineRev = at >= 0 ? (args[at + 1] ?? 'main') : 'main';

type FreshPage = Omit<GoldPage, 'corpus'>;
const gold = new Map(
  readdirSync(rounds)
    .sort()
    .map((round) => {
      const { pages } = JSON.parse(readFileSync(join(rounds, round, 'gold.json'), 'utf8')) as {
        pages: FreshPage[];
      };
      return [round, pages] as const;
    }),
);

function predict(tsconfig: string): Map<string, string[]> {
  const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');
  const script = join(projectRoot, 'tests', 'bench', 'fresh-rounds-predict.ts');
  const out = execFileSync(tsx, ['--tsconfig', tsconfig, script, rounds], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const lines = out.split('\n').filter((l) => l.trim());
  return new Map(
    lines.map((l) => {
      const p = JSON.parse(l) as { round: string; id: string; entities: string[] };
      return [`${p.round}/${p.id}`, p.entities];
    }),
  );
}

function report(label: string, predicted: Map<string, string[]>): void {
  console.log(`\n${label}`);
  const all = new Map<string, GoldTally>();
  for (const [round, pages] of gold) {
    const t = emptyTally();
    for (const page of pages) {
      const list = predicted.get(`${round}/${page.id}`) ?? [];
      scorePage(t, { ...page, corpus: 'seed' }, list);
      const lang = all.get(page.lang) ?? emptyTally();
      all.set(page.lang, lang);
      scorePage(lang, { ...page, corpus: 'seed' }, list);
    }
    console.log(formatTally(`  ${round}`, t));
  }
  for (const [lang, t] of all) console.log(formatTally(`  all ${lang}`, t));
}

if (baselineRev !== 'none') {
  const tsconfig = checkoutRevision(projectRoot, baselineRev);
  if (tsconfig) report(`baseline: ${baselineRev}`, predict(tsconfig));
  else console.log(`\n(no baseline: git could not provide ${baselineRev})`);
}
report('this branch', predict(join(projectRoot, 'tsconfig.json')));
