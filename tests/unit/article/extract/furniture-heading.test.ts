import { describe, expect, it } from 'vitest';
import { isFurnitureHeading, isSharingLabel } from '@/utils/article/extract/furniture-heading';

describe('isFurnitureHeading', () => {
  it.each([
    '12 Kommentare',
    'Comments (3)',
    'Leave a Reply',
    'One response to “Night ferry returns”',
    'Laisser un commentaire',
    'Deja un comentario',
    'Комментарии',
    'Ähnliche Artikel',
    'Articles similaires',
    'Related posts',
    'Most read',
    'More stories from the coast',
  ])('reads "%s" as the heading of comments or other stories', (text) => {
    expect(isFurnitureHeading(text)).toBe(true);
  });

  it.each([
    'Comments from the minister',
    'Reactions',
    'Discussion',
    'Related',
    'Responses to the flood',
    'The ferry’s new timetable',
  ])('reads "%s" as a heading of the story', (text) => {
    expect(isFurnitureHeading(text)).toBe(false);
  });
});

describe('isSharingLabel', () => {
  it.each([
    'Share',
    'Share this article',
    'Teilen',
    'Diesen Artikel teilen',
    'Partager cet article',
    'Compartir',
  ])('reads "%s" as a sharing label', (text) => {
    expect(isSharingLabel(text)).toBe(true);
  });

  it.each(['Share prices fell', 'Teilen ist das neue Haben, sagt die Forscherin.'])(
    'reads "%s" as text',
    (text) => {
      expect(isSharingLabel(text)).toBe(false);
    },
  );
});
