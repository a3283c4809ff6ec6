import { describe, expect, it } from 'vitest';
import { foldForSearch } from './search-fold.ts';

const finds = (query: string, text: string) => foldForSearch(text).includes(foldForSearch(query));

describe('foldForSearch', () => {
  it.each([
    ['Agali', 'Ağalı ağıllı kəndi'],
    ['agali', 'Aghali smart village'],
    ['Susa', 'Şuşa'],
    ['Susa', 'Shusha'],
    ['Шуша', 'Shusha'],
    ['Шуша', 'Şuşa'],
    ['Khankendi', 'Xankəndi'],
    ['Ханкенди', 'Khankendi'],
    ['Fuzuli', 'Füzuli'],
    ['Кельбаджар', 'Kalbajar'],
    ['Lachin', 'Laçın'],
    ['Джабраил', 'Jabrayil'],
    ['kalbajar', 'Kəlbəcər'],
    ['Qubadli', 'Gubadli'],
  ])('"%s" finds "%s"', (query, text) => {
    expect(finds(query, text)).toBe(true);
  });

  it.each([
    ['Aghdam', 'Shusha'],
    ['airport', 'Aghali smart village'],
  ])('"%s" does not find "%s"', (query, text) => {
    expect(finds(query, text)).toBe(false);
  });

  it('ignores case, punctuation and spacing', () => {
    expect(foldForSearch('  Fuzuli–Shusha   highway! ')).toBe(foldForSearch('fuzuli shusha highway'));
  });
});
