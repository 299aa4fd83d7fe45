import { describe, expect, it } from 'vitest';
import { signsWithOffice } from '@/utils/article/extract/signer-office';

// Lines written for these tests (not taken from any corpus).
describe('signsWithOffice', () => {
  it('reads an office in brackets after the names, one bracket inside it at most', () => {
    expect(signsWithOffice('Claire Vidal (maire de Sainte-Anne (Gers))')).toBe(true);
    expect(signsWithOffice('Nora Vale (former mayor of Eastport)', 'Nora Vale')).toBe(true);
  });

  it('reads no office in a journalist’s note, nor after other names, nor without brackets', () => {
    expect(signsWithOffice('Claire Vidal (envoyée spéciale à Kyiv)')).toBe(false);
    expect(signsWithOffice('Nora Vale (Political Correspondent)')).toBe(false);
    expect(signsWithOffice('Claire Vidal (maire de Sainte-Anne)', 'Paul Ode')).toBe(false);
    expect(signsWithOffice('Claire Vidal, maire de Sainte-Anne')).toBe(false);
  });
});
