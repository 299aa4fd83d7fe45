/**
 * The reader's reading settings (pure): font, size, line width, line height and theme, with their
 * defaults, how they are read back from storage (anything malformed falls back to the default) and
 * the CSS custom properties they set on the reader.
 */

/** Reader themes; the default follows the system's light or dark setting. */
export const READER_THEMES = ['light', 'sepia', 'dark'] as const;
export type ReaderTheme = (typeof READER_THEMES)[number];

export const READER_FONTS = ['serif', 'sans'] as const;
export const READER_SIZES = [16, 17, 18, 19, 20, 22, 24, 26] as const;
export const READER_WIDTHS = ['narrow', 'medium', 'wide'] as const;
export const READER_LINE_HEIGHTS = ['compact', 'normal', 'loose'] as const;

/** What the reader chose. `theme` null: follow the system. */
export interface ReaderSettings {
  font: (typeof READER_FONTS)[number];
  size: (typeof READER_SIZES)[number];
  width: (typeof READER_WIDTHS)[number];
  lineHeight: (typeof READER_LINE_HEIGHTS)[number];
  theme: ReaderTheme | null;
}

/** The settings before the reader changes any. */
export const DEFAULT_READER_SETTINGS: ReaderSettings = {
  font: 'serif',
  size: 19,
  width: 'medium',
  lineHeight: 'normal',
  theme: null,
};

const pick = <T>(allowed: readonly T[], value: unknown, fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/** Settings from stored JSON; unknown or malformed values take their default. */
export function parseReaderSettings(raw: string | null): ReaderSettings {
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed && typeof parsed === 'object') data = parsed as Record<string, unknown>;
  } catch {
    // Unreadable: the defaults.
  }
  const d = DEFAULT_READER_SETTINGS;
  return {
    font: pick(READER_FONTS, data.font, d.font),
    size: pick(READER_SIZES, data.size, d.size),
    width: pick(READER_WIDTHS, data.width, d.width),
    lineHeight: pick(READER_LINE_HEIGHTS, data.lineHeight, d.lineHeight),
    theme: data.theme === null ? null : pick<ReaderTheme | null>(READER_THEMES, data.theme, d.theme),
  };
}

const WIDTHS = { narrow: '34rem', medium: '42rem', wide: '54rem' } as const;
const LINE_HEIGHTS = { compact: '1.45', normal: '1.65', loose: '1.9' } as const;

/** The CSS custom properties the reader's stylesheet reads. */
export function readerStyle(s: ReaderSettings): Record<string, string> {
  return {
    '--reader-font': s.font === 'sans' ? 'var(--font-ui)' : 'var(--font-reading)',
    '--reader-size': `${s.size}px`,
    '--reader-width': WIDTHS[s.width],
    '--reader-line-height': LINE_HEIGHTS[s.lineHeight],
  };
}
