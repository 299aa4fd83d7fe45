/** Font, size, line width, line spacing and theme of the reader: a slim bar of labelled selects. */
import {
  READER_FONTS,
  READER_LINE_HEIGHTS,
  READER_SIZES,
  READER_THEMES,
  READER_WIDTHS,
  type ReaderSettings,
  type ReaderTheme,
} from '@/utils/library/reader/reader-settings';
import { type MessageKey, t } from '@/utils/shared/i18n';

interface Props {
  settings: ReaderSettings;
  /** The theme shown when the reader has not chosen one (the system's). */
  systemTheme: ReaderTheme;
  onChange: (change: Partial<ReaderSettings>) => void;
}

const LABELS: Record<string, MessageKey> = {
  serif: 'readerFontSerif',
  sans: 'readerFontSans',
  narrow: 'readerWidthNarrow',
  medium: 'readerWidthMedium',
  wide: 'readerWidthWide',
  compact: 'readerLineHeightCompact',
  normal: 'readerLineHeightNormal',
  loose: 'readerLineHeightLoose',
  light: 'readerThemeLight',
  sepia: 'readerThemeSepia',
  dark: 'readerThemeDark',
};

function Choice<T extends string | number>(p: {
  label: MessageKey;
  testid: string;
  value: T;
  values: readonly T[];
  onChange: (value: T) => void;
}) {
  return (
    <label>
      {t(p.label)}{' '}
      <select
        data-testid={p.testid}
        value={String(p.value)}
        onChange={(e) => {
          const raw = e.currentTarget.value;
          const value = p.values.find((v) => String(v) === raw);
          if (value !== undefined) p.onChange(value);
        }}
      >
        {p.values.map((v) => (
          <option key={v} value={String(v)}>
            {typeof v === 'number' ? String(v) : t(LABELS[v] ?? p.label)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The settings bar; every change applies at once and is remembered. */
export function ReaderSettingsBar({ settings, systemTheme, onChange }: Props) {
  return (
    <fieldset class="reader-settings" aria-label={t('readerSettingsLabel')} data-testid="reader-settings">
      <Choice
        label="readerFont"
        testid="reader-font"
        value={settings.font}
        values={READER_FONTS}
        onChange={(font) => onChange({ font })}
      />
      <Choice
        label="readerSize"
        testid="reader-size"
        value={settings.size}
        values={READER_SIZES}
        onChange={(size) => onChange({ size })}
      />
      <Choice
        label="readerWidth"
        testid="reader-width"
        value={settings.width}
        values={READER_WIDTHS}
        onChange={(width) => onChange({ width })}
      />
      <Choice
        label="readerLineHeight"
        testid="reader-line-height"
        value={settings.lineHeight}
        values={READER_LINE_HEIGHTS}
        onChange={(lineHeight) => onChange({ lineHeight })}
      />
      <Choice
        label="readerTheme"
        testid="reader-theme"
        value={settings.theme ?? systemTheme}
        values={READER_THEMES}
        onChange={(theme) => onChange({ theme })}
      />
    </fieldset>
  );
}
