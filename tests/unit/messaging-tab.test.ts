import { describe, expect, it } from 'vitest';
import { isTabMessage } from '@/utils/messaging';

describe('isTabMessage', () => {
  it('accepts the known commands', () => {
    expect(isTabMessage({ type: 'highlighter/ping' })).toBe(true);
    expect(isTabMessage({ type: 'highlighter/status' })).toBe(true);
    expect(isTabMessage({ type: 'highlighter/highlight-selection' })).toBe(true);
    expect(isTabMessage({ type: 'highlighter/attach-selection', id: 'urn:uuid:1' })).toBe(true);
  });

  it('rejects unknown types and an attach without a sane id', () => {
    expect(isTabMessage({ type: 'highlighter/delete-all' })).toBe(false);
    expect(isTabMessage(null)).toBe(false);
    expect(isTabMessage('highlighter/ping')).toBe(false);
    expect(isTabMessage({ type: 'highlighter/attach-selection' })).toBe(false);
    expect(isTabMessage({ type: 'highlighter/attach-selection', id: 42 })).toBe(false);
    expect(isTabMessage({ type: 'highlighter/attach-selection', id: 'x'.repeat(201) })).toBe(false);
  });
});
