/**
 * Extension points of the popup. Later features register their component here instead of editing the
 * popup's layout: Save for later (issue #3) goes in `POPUP_ACTIONS`, this page's highlights (issue #4)
 * in `POPUP_SECTIONS`. Each gets the analysed article and the id of the tab it came from.
 */
import type { ComponentType } from 'preact';
import { PageHighlights } from '@/components/highlights/PageHighlights';
import { SaveAction } from '@/components/popup/SaveAction';
import type { ArticleAnalysis } from '@/utils/article/types';

/** Props every popup action or section receives. */
export interface PopupSectionProps {
  analysis: ArticleAnalysis;
  tabId: number;
}

/** A registered piece of popup UI; `id` is its stable key (e.g. "save", "highlights"). */
export interface PopupExtension {
  id: string;
  Component: ComponentType<PopupSectionProps>;
}

/** Buttons shown under the article summary, in order (e.g. Save for later). */
export const POPUP_ACTIONS: PopupExtension[] = [{ id: 'save', Component: SaveAction }];

/** Sections shown after related stories, in order (e.g. this page's highlights). */
export const POPUP_SECTIONS: PopupExtension[] = [{ id: 'highlights', Component: PageHighlights }];
