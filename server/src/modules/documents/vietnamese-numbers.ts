const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const GROUP_NAMES = ['triệu', 'nghìn', ''];
const BILLION = 1_000_000_000n;

/** One group of three digits; `full` when a higher group precedes it ("không trăm linh năm"). */
function readGroup(value: number, full: boolean): string {
  const hundreds = Math.floor(value / 100);
  const tens = Math.floor((value % 100) / 10);
  const ones = value % 10;
  const words: string[] = [];
  if (full || hundreds > 0) words.push(DIGITS[hundreds], 'trăm');
  if (tens === 0) {
    if (ones > 0 && words.length > 0) words.push('linh');
  } else if (tens === 1) words.push('mười');
  else words.push(DIGITS[tens], 'mươi');
  if (ones === 1 && tens > 1) words.push('mốt');
  else if (ones === 5 && tens > 0) words.push('lăm');
  else if (ones === 4 && tens > 1) words.push('tư');
  else if (ones > 0) words.push(DIGITS[ones]);
  return words.join(' ');
}

/** Below a billion; `full` when something precedes it ("một tỷ không trăm linh năm triệu"). */
function readBelowBillion(value: number, full: boolean): string[] {
  const groups = [Math.floor(value / 1_000_000), Math.floor(value / 1000) % 1000, value % 1000];
  const words: string[] = [];
  let preceded = full;
  groups.forEach((group, i) => {
    if (group === 0) return;
    words.push(readGroup(group, preceded));
    if (GROUP_NAMES[i]) words.push(GROUP_NAMES[i]);
    preceded = true;
  });
  return words;
}

function readWords(value: bigint, full: boolean): string[] {
  if (value < BILLION) return readBelowBillion(Number(value), full);
  const low = Number(value % BILLION);
  return [...readWords(value / BILLION, full), 'tỷ', ...(low > 0 ? readBelowBillion(low, true) : [])];
}

/** A whole number read out in Vietnamese, as documents write amounts: 1500000 → "một triệu năm trăm nghìn". */
export function vietnameseNumberWords(value: bigint): string {
  if (value < 0n) throw new RangeError('a negative amount is never written in words');
  return value === 0n ? DIGITS[0] : readWords(value, false).join(' ');
}

/** "1.500.000.000", the Vietnamese thousands mark. */
export const vietnameseFigures = (value: bigint): string => value.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** "1.500.000 đồng (Bằng chữ: Một triệu năm trăm nghìn đồng)". */
export function amountText(value: bigint): string {
  const words = vietnameseNumberWords(value);
  return `${vietnameseFigures(value)} đồng (Bằng chữ: ${words.charAt(0).toLocaleUpperCase('vi')}${words.slice(1)} đồng)`;
}
