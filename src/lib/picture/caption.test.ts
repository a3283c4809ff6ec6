import { describe, expect, it } from 'vitest';
import { pictureFileName, wrapText } from './caption.ts';

const byLetters = (text: string) => text.length;

describe('wrapText', () => {
  it('breaks at spaces before the width is passed', () => {
    expect(wrapText('one two three four', 9, byLetters)).toEqual(['one two', 'three', 'four']);
  });

  it('keeps a word longer than the width whole, and drops extra spaces', () => {
    expect(wrapText('  https://cloudless.eox.at   by EOX ', 10, byLetters)).toEqual([
      'https://cloudless.eox.at',
      'by EOX',
    ]);
    expect(wrapText('', 10, byLetters)).toEqual([]);
  });
});

describe('pictureFileName', () => {
  it('names the place and each date once', () => {
    expect(pictureFileName('fuzuli-international-airport', ['2019', '2025'], 'png')).toBe(
      'revival-atlas_fuzuli-international-airport_2019-2025.png',
    );
    expect(pictureFileName('AZ-SUS', ['2021-06-01', '2021-06-01'], 'webm')).toBe(
      'revival-atlas_AZ-SUS_2021-06-01.webm',
    );
  });

  it('leaves out an empty place and keeps the name ASCII', () => {
    expect(pictureFileName('', ['2025'], 'png')).toBe('revival-atlas_2025.png');
    expect(pictureFileName('şuşa/ü', [], 'png')).toBe('revival-atlas_-u-a-.png');
  });
});
