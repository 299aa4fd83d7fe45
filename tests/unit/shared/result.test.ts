import { describe, expect, it } from 'vitest';
import { isQuotaError } from '@/utils/shared/quota-error';
import { fail, messageOf, ok } from '@/utils/shared/result';

describe('the one result shape', () => {
  it('builds successes and failures that survive JSON', () => {
    expect(JSON.parse(JSON.stringify(ok({ id: 'a' })))).toEqual({ ok: true, value: { id: 'a' } });
    expect(fail('not-found', 'gone')).toEqual({ ok: false, error: { code: 'not-found', message: 'gone' } });
  });

  it('reads the message of anything thrown', () => {
    expect(messageOf(new Error('boom'))).toBe('boom');
    expect(messageOf('plain')).toBe('plain');
  });
});

describe('the disk-full detector', () => {
  it('finds a quota error however it is wrapped', () => {
    const quota = { name: 'QuotaExceededError' };
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quota })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: { 3: quota } })).toBe(true);
    expect(isQuotaError({ name: 'Error', cause: { name: 'NS_ERROR_DOM_QUOTA_REACHED' } })).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError({ name: 'StorageQuotaError' })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'ConstraintError' } })).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });
});
