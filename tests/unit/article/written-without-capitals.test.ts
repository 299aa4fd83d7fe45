/** A text in a script without capitals (where no name can be found by its capital) is told apart. */
import { describe, expect, it } from 'vitest';
import { writtenWithoutCapitals } from '@/utils/article/language-script';

describe('writtenWithoutCapitals', () => {
  it('holds for Arabic, Hebrew, Chinese, Japanese, Korean and Thai text', () => {
    for (const text of [
      'افتتحت البلدية مكتبة جديدة في وسط المدينة يوم السبت الماضي.',
      'העירייה פתחה ספרייה חדשה במרכז העיר ביום שבת.',
      '市政府上周六在市中心开设了一座新图书馆。',
      '市は先週の土曜日に中心部で新しい図書館を開きました。',
      '시청은 지난 토요일 도심에 새 도서관을 열었다.',
      'เทศบาลเปิดห้องสมุดแห่งใหม่ในใจกลางเมืองเมื่อวันเสาร์',
    ])
      expect(writtenWithoutCapitals(text)).toBe(true);
  });

  it('holds for such a text quoting a few Latin names', () => {
    expect(writtenWithoutCapitals('قال رئيس Google إن الشركة ستفتح مكتبا جديدا في المدينة قريبا جدا.')).toBe(
      true,
    );
  });

  it('does not hold for Latin, Cyrillic or Greek text, which have capitals', () => {
    for (const text of [
      'The council opened a new library in the city centre on Saturday.',
      'Городской совет открыл новую библиотеку в центре города в субботу.',
      'Το δημοτικό συμβούλιο άνοιξε νέα βιβλιοθήκη στο κέντρο της πόλης.',
    ])
      expect(writtenWithoutCapitals(text)).toBe(false);
  });

  it('does not hold for a Latin text quoting a few Chinese words, nor for an empty text', () => {
    expect(writtenWithoutCapitals('The word 图书馆 means library; the council opened one on Saturday.')).toBe(
      false,
    );
    expect(writtenWithoutCapitals('')).toBe(false);
    expect(writtenWithoutCapitals('2024 — 12:30')).toBe(false);
  });
});
