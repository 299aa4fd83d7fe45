import { describe, expect, it } from 'vitest';
import { rankedCandidates } from '@/utils/article/entities';
import { followsTopic, liveTopic } from '@/utils/article/entities/live-topic';
import { readerOrder } from '@/utils/article/entities/reader-order';
import { rankedEntity } from './helpers';

describe('liveTopic', () => {
  it('reads what a live blog follows before “live” or after « DIRECT. »', () => {
    expect(liveTopic('Storm Wenna live: harbour closed as gales halt ferries')).toBe(' storm wenna ');
    expect(liveTopic('Velmar launch LIVE updates: rocket lifts off')).toBe(' velmar launch ');
    expect(liveTopic('DIRECT. Tempête Odile : rafales sur la côte')).toBe(' tempete odile ');
  });

  it('reads nothing in a title that is no live blog’s, nor in a bare “Live:” label', () => {
    expect(liveTopic('Live updates: snow buries the coast')).toBe('');
    expect(liveTopic('LIVE: ferry towed towards port')).toBe('');
    expect(liveTopic('We went live at 9: then the lights failed')).toBe('');
    expect(liveTopic('Harbour closed as gales halt ferries')).toBe('');
    expect(liveTopic(undefined)).toBe('');
    expect(followsTopic(['storm wenna'], ' storm wenna ')).toBe(true);
    expect(followsTopic(['wenna harbour'], ' storm wenna ')).toBe(false);
  });
});

describe('a live blog’s topic', () => {
  it('comes before names as salient that the title gives in passing', () => {
    const topic = rankedEntity('Storm Wenna', 'other', 6, { titled: true, topic: true });
    const road = rankedEntity('A31', 'product', 7, { titled: true });
    expect(readerOrder([road, topic]).map((e) => e.text)).toEqual(['Storm Wenna', 'A31']);
    expect(readerOrder([road, { ...topic, topic: false }]).map((e) => e.text)).toEqual([
      'A31',
      'Storm Wenna',
    ]);
  });
});

// Told newest first: the opening post, at the foot, says what the blog covers.
const blog = `Ferries halted at Carrow

14:20

The Carrow Harbour Board says no ship will sail before six. The Carrow Harbour Board has closed the gates.

13:05

Lorries are queuing on the coast road past Bellmoor and the old quarry, and the council has opened the
showground for drivers who cannot turn back. Bellmoor police say the queue is ten miles long.

12:10

Trains between Carrow and Bellmoor are cancelled. The council says the queue is moving slowly.

11:30

Welcome to our live coverage of Storm Wenna, which is bringing gales to the coast. Halden Rail is checking lines.`;

describe('a live blog told newest first', () => {
  const first = (title: string, name: string): number =>
    rankedCandidates(blog, { lang: 'en', title }).find((r) => r.entity.text === name)?.first ?? -1;

  it('has a name the title gives first named in its opening post, at its foot', () => {
    expect(first('Storm Wenna live: ferries halted', 'Storm Wenna')).toBeLessThan(0.1);
    expect(first('Gales halt ferries', 'Storm Wenna')).toBeGreaterThan(0.8);
  });

  it('keeps the place of a name the title does not give', () => {
    expect(first('Storm Wenna live: ferries halted', 'Halden Rail')).toBeGreaterThan(0.8);
  });
});
