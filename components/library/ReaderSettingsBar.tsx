/** Font, size, line width, line spacing and theme of the reader: a slim bar of labelled selects. */
import { LabelledSelect } from '@/components/shared/LabelledSelect';
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

/** Options with their localised names (sizes as numbers). */
const named = <T extends string | number>(values: readonly T[]) =>
  values.map((value) => ({
    value,
    text: typeof value === 'number' ? String(value) : t(LABELS[value] as MessageKey),
  }));

/** The settings bar; every change applies at once and is remembered. */
export function ReaderSettingsBar({ settings, systemTheme, onChange }: Props) {
  return (
    <fieldset class="reader-settings" aria-label={t('readerSettingsLabel')} data-testid="reader-settings">
      <LabelledSelect
        label={t('readerFont')}
        testid="reader-font"
        value={settings.font}
        options={named(READER_FONTS)}
        onChange={(font) => onChange({ font })}
      />
      <LabelledSelect
        label={t('readerSize')}
        testid="reader-size"
        value={settings.size}
        options={named(READER_SIZES)}
        onChange={(size) => onChange({ size })}
      />
      <LabelledSelect
        label={t('readerWidth')}
        testid="reader-width"
        value={settings.width}
        options={named(READER_WIDTHS)}
        onChange={(width) => onChange({ width })}
      />
      <LabelledSelect
        label={t('readerLineHeight')}
        testid="reader-line-height"
        value={settings.lineHeight}
        options={named(READER_LINE_HEIGHTS)}
        onChange={(lineHeight) => onChange({ lineHeight })}
      />
      <LabelledSelect
        label={t('readerTheme')}
        testid="reader-theme"
        value={settings.theme ?? systemTheme}
        options={named(READER_THEMES)}
        onChange={(theme) => onChange({ theme })}
      />
    </fieldset>
  );
}
