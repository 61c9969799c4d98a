// Reads a number back out of the text the app shows, independently of the Rust formatter, so tests can check
// every number on the page against the raw dataset.
//   "more than $750 billion" → 750e9   "7500億ドル以上" → 750e9   "1兆3000億ドル" → 1.3e12
//   "60.06 billion yuan" → 60.06e9      "62%" → 62               "3.57 million" → 3.57e6

const JA = [['兆', 1e12], ['億', 1e8], ['万', 1e4]];
const EN = [['trillion', 1e12], ['billion', 1e9], ['million', 1e6]];

export function parseShown(text) {
  let t = text.trim().replace(/\u00a0/g, ' ');
  // Qualifiers and approximation marks.
  t = t.replace(/^(more than|up to|about|nearly|≈)\s*/i, '').replace(/^(約|最大)/, '').replace(/(以上|近く)$/, '').replace(/^≈\s*/, '');
  // Currency and unit words.
  t = t.replace(/[$£€¥]/g, '').replace(/\s*(yuan|ドル|円|元|ポンド|ユーロ)$/, '');
  t = t.replace(/\s*(%|pp|ポイント|GW|TWh|×|倍|years?|年)$/, '');
  t = t.replace(/,/g, '').trim();
  for (const [word, mult] of EN) {
    const m = t.match(new RegExp(`^(-?[\\d.]+)\\s*${word}$`));
    if (m) return parseFloat(m[1]) * mult;
  }
  if (/[兆億万]/.test(t)) {
    let total = 0;
    let rest = t;
    for (const [ch, mult] of JA) {
      const i = rest.indexOf(ch);
      if (i >= 0) {
        total += parseFloat(rest.slice(0, i)) * mult;
        rest = rest.slice(i + 1);
      }
    }
    if (rest) total += parseFloat(rest);
    return total;
  }
  const n = parseFloat(t);
  return Number.isFinite(n) ? n : NaN;
}

export function close(a, b, rel) {
  if (a === b) return true;
  return Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b));
}
