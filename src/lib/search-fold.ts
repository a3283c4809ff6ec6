/**
 * Folds text for search so that spelling across scripts and transliterations meets: "Agali" finds "Ağalı",
 * "Susa" finds "Şuşa" and "Shusha", "Шуша" finds "Shusha", "Khankendi" finds "Xankəndi". Both the query
 * and the searched text go through the same fold.
 */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ә: 'e',
  ө: 'o',
  ү: 'u',
  һ: 'h',
  ҹ: 'j',
};

/** Letters that NFD does not decompose into a base letter and a mark. */
const LATIN: Record<string, string> = { ə: 'e', ı: 'i', ß: 'ss', æ: 'ae', ø: 'o', đ: 'd', ł: 'l' };

/**
 * Sounds written differently in Azerbaijani, English and Russian transliteration, reduced to one form.
 * Order matters: longer patterns first.
 */
const DIGRAPHS: [RegExp, string][] = [
  [/dzh/g, 'j'],
  [/zh/g, 'j'],
  [/kh|x/g, 'h'],
  [/sh/g, 's'],
  [/ch/g, 'c'],
  // Azerbaijani c is English j (Kəlbəcər, Kalbajar); c, ç, ch and j all become one letter.
  [/c/g, 'j'],
  // Azerbaijani ə is written a or e in English (Kəlbəcər → Kalbajar, Xankəndi → Khankendi).
  [/e/g, 'a'],
  [/gh|q/g, 'g'],
  [/y/g, 'i'],
  [/w/g, 'v'],
  [/(.)\1+/g, '$1'],
];

export function foldForSearch(text: string): string {
  let folded = '';
  for (const char of text.toLowerCase().normalize('NFD')) {
    const code = char.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue; // combining marks: ş → s, ğ → g, ü → u
    folded += CYRILLIC[char] ?? LATIN[char] ?? char;
  }
  folded = folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  for (const [pattern, replacement] of DIGRAPHS) folded = folded.replace(pattern, replacement);
  return folded;
}
