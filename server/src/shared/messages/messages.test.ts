import { MESSAGES, message, renderMessage, type MessageKey } from '.';

const placeholders = (template: string) =>
  [...template.matchAll(/\{(\w+)(?::([\w.]+))?\}/g)].map(([, name, prefix]) => ({ name, prefix }));
const keys = Object.keys(MESSAGES) as MessageKey[];

describe('server message catalog', () => {
  it('renders parameters in either language', () => {
    expect(renderMessage(message('field.tooLong', { max: 300 }))).toBe('Tối đa 300 ký tự.');
    expect(renderMessage(message('field.tooLong', { max: 300 }), 'en')).toBe('At most 300 characters.');
  });

  it('renders `{name:prefix}` parameters through the catalog, in the same language', () => {
    expect(renderMessage(message('error.notFound', { what: 'task' }))).toBe('Không tìm thấy nhiệm vụ.');
    expect(renderMessage(message('error.notFound', { what: 'task' }), 'en')).toBe('The task was not found.');
    expect(renderMessage(message('request.refused.role', { action: 'SUBMIT' }), 'en')).toBe(
      'An agency leader is needed to submit the request.',
    );
  });

  it('uses the same parameters in both languages of every template', () => {
    const mismatched = keys.filter((key) => {
      const names = (template: string) =>
        placeholders(template)
          .map((p) => `${p.name}:${p.prefix ?? ''}`)
          .sort();
      return names(MESSAGES[key].vi).join() !== names(MESSAGES[key].en).join();
    });
    expect(mismatched).toEqual([]);
  });

  it('has a text for the values of every `{name:prefix}` lookup it uses', () => {
    const prefixes = new Set(
      keys.flatMap((key) => placeholders(MESSAGES[key].vi).flatMap((p) => (p.prefix ? [p.prefix] : []))),
    );
    for (const prefix of prefixes) expect(keys.some((key) => key.startsWith(`${prefix}.`))).toBe(true);
  });
});
