/** Vietnamese text with its diacritics dropped, printable ASCII only ("Lê Huyền" → "Le Huyen"). */
export const asciiText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '');
