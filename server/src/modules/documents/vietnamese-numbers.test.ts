import { amountText, vietnameseFigures, vietnameseNumberWords } from './vietnamese-numbers';

describe('amounts in words', () => {
  it.each([
    [0n, 'không'],
    [5n, 'năm'],
    [10n, 'mười'],
    [15n, 'mười lăm'],
    [21n, 'hai mươi mốt'],
    [24n, 'hai mươi tư'],
    [25n, 'hai mươi lăm'],
    [105n, 'một trăm linh năm'],
    [110n, 'một trăm mười'],
    [1_005n, 'một nghìn không trăm linh năm'],
    [1_500_000n, 'một triệu năm trăm nghìn'],
    [2_000_050n, 'hai triệu không trăm năm mươi'],
    [1_000_000_000n, 'một tỷ'],
    [1_500_000_000n, 'một tỷ năm trăm triệu'],
    [1_005_000_000n, 'một tỷ không trăm linh năm triệu'],
    [3_000_000_021n, 'ba tỷ không trăm hai mươi mốt'],
    [1_000_000_000_000n, 'một nghìn tỷ'],
  ])('%s is "%s"', (value, words) => {
    expect(vietnameseNumberWords(value)).toBe(words);
  });

  it('writes figures with the Vietnamese thousands mark, then the words', () => {
    expect(vietnameseFigures(1250000000n)).toBe('1.250.000.000');
    expect(amountText(1500000n)).toBe('1.500.000 đồng (Bằng chữ: Một triệu năm trăm nghìn đồng)');
  });
});
