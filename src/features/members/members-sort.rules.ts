// Vietnamese name order as rosters use it: by given name (the last word), then the middle
// name, then the family name; within each, letters in the Vietnamese alphabet order
// (a ă â b c d đ e ê …) and tones only when the letters are equal (ngang, huyền, hỏi, ngã, sắc, nặng).

const ALPHABET = ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m"].concat(
  ["n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z"],
);
// Each letter becomes one ASCII character from "A" up, so SQLite's binary order is the alphabet's.
const LETTER_CODE = new Map(ALPHABET.map((l, i) => [l, String.fromCharCode(0x41 + i)]));
const UNKNOWN = "~";
// Separators rank below every letter and tone digit: a shorter word or part sorts first.
const LEVEL = "!";
const PART = "#";
const WORD = "$";

const TONES: Record<string, number> = { "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5 };
const MODIFIERS: Record<string, Record<string, string>> = {
  "\u0306": { a: "ă" },
  "\u0302": { a: "â", e: "ê", o: "ô" },
  "\u031b": { o: "ơ", u: "ư" },
};

/** One word → its letters (as codes) and its tone digit. */
// Rosters repeat the same words (family, middle and given names): encode each word once.
const WORD_CACHE = new Map<string, { letters: string; tone: number }>();

function encodeWord(word: string): { letters: string; tone: number } {
  const hit = WORD_CACHE.get(word);
  if (hit) return hit;
  const out = encodeWordUncached(word);
  if (WORD_CACHE.size > 50_000) WORD_CACHE.clear();
  WORD_CACHE.set(word, out);
  return out;
}

function encodeWordUncached(word: string): { letters: string; tone: number } {
  let letters = "";
  let tone = 0;
  const chars = [...word.normalize("NFD").toLowerCase()];
  for (let i = 0; i < chars.length; i++) {
    let ch = chars[i]!;
    if (/[0-9]/.test(ch)) {
      letters += ch;
      continue;
    }
    // Fold the combining marks that follow a base letter: modifiers change the letter, tones are kept apart.
    while (i + 1 < chars.length && /[\u0300-\u036f]/.test(chars[i + 1]!)) {
      const mark = chars[++i]!;
      const modified = MODIFIERS[mark]?.[ch];
      if (modified) ch = modified;
      else if (TONES[mark]) tone = TONES[mark]!;
    }
    const code = LETTER_CODE.get(ch);
    if (code) letters += code;
    else if (/\p{L}/u.test(ch)) letters += UNKNOWN;
  }
  return { letters, tone };
}

/** Splits a full name into [given, middle words, family]; a one-word name is all given name. */
export function nameParts(fullName: string): { given: string; middle: string[]; family: string } {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { given: "", middle: [], family: "" };
  if (words.length === 1) return { given: words[0]!, middle: [], family: "" };
  return { given: words[words.length - 1]!, middle: words.slice(1, -1), family: words[0]! };
}

/** One name part (given, middle or family): its letters, then the tones of its words. */
function encodePart(words: string[]): string {
  const w = words.map(encodeWord);
  return `${w.map((x) => x.letters).join(WORD)}${LEVEL}${w.map((x) => x.tone).join("")}`;
}

/**
 * A string whose binary order is the Vietnamese roster order of the names: the whole given
 * name (letters, then tones) decides first, then the middle name, then the family name.
 */
export function vietnameseSortKey(fullName: string): string {
  const { given, middle, family } = nameParts(fullName);
  return [encodePart([given]), encodePart(middle), encodePart(family ? [family] : [])].join(PART);
}
