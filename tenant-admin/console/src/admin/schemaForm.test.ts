import { describe, expect, it } from 'vitest';
import { fieldsOf, humanize, initialValues, toSettings } from './schemaForm';

const webhook = {
  type: 'object', required: ['url', 'secret'],
  properties: {
    url: { type: 'string', format: 'uri', pattern: '^https?://', maxLength: 500 },
    secret: { type: 'string', minLength: 16, writeOnly: true },
    timeoutSeconds: { type: 'integer', minimum: 1, maximum: 30, default: 8 },
    security: { enum: ['STARTTLS', 'SSL'], default: 'STARTTLS' },
    locations: { type: 'array', items: { type: 'string' } },
    requireLocation: { type: 'boolean', default: true },
    privacyNotice: { type: 'string', maxLength: 2000 },
  },
};

describe('settings schema forms', () => {
  it('gives each property the field it needs', () => {
    expect(fieldsOf(webhook).map((f) => [f.key, f.kind, f.required])).toEqual([
      ['url', 'text', true], ['secret', 'secret', true], ['timeoutSeconds', 'number', false], ['security', 'select', false],
      ['locations', 'tags', false], ['requireLocation', 'boolean', false], ['privacyNotice', 'textarea', false]]);
    expect(fieldsOf(undefined)).toEqual([]);
  });

  it('starts from the settings, else the defaults, and never holds a secret', () => {
    const values = initialValues(fieldsOf(webhook), { url: 'https://hooks.example.com/x', secret: 'leaked?' });
    expect(values).toMatchObject({ url: 'https://hooks.example.com/x', timeoutSeconds: 8, security: 'STARTTLS', requireLocation: true, locations: [] });
    expect(values).not.toHaveProperty('secret');
  });

  it('sends what was typed, leaving out empty fields and a secret left empty (the server keeps it)', () => {
    const fields = fieldsOf(webhook);
    expect(toSettings(fields, { url: ' https://a.example/h ', secret: '', timeoutSeconds: 5, locations: [], privacyNotice: '' }))
      .toEqual({ url: 'https://a.example/h', timeoutSeconds: 5 });
    expect(toSettings(fields, { url: 'https://a.example/h', secret: ' a secret with spaces ' })).toEqual({ url: 'https://a.example/h', secret: ' a secret with spaces ' });
  });

  it('names a field from its key when the console has no words for it', () => {
    expect(humanize('timeoutSeconds')).toBe('Timeout seconds');
    expect(humanize('url')).toBe('Url');
  });
});
