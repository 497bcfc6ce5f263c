import { describe, expect, it } from 'vitest';
import { compilePattern } from './validate';
import type { FieldSpec } from './form';
import { fieldDocUrl } from './form';
import { safeHttpUrl } from './safe-url';
import { validateField } from './validate';

const field = (overrides: Partial<FieldSpec> = {}): FieldSpec => ({
  key: 'params.x',
  group: 'params',
  name: 'x',
  label: { text: 'X' },
  description: null,
  placeholder: null,
  isSecret: false,
  format: null,
  pattern: null,
  isOptional: false,
  isRequired: true,
  initialValue: '',
  isHidden: false,
  options: null,
  prefix: null,
  suffix: null,
  docUrl: null,
  order: 0,
  ...overrides,
});

describe('validateField', () => {
  it('requires a value unless optional or defaulted', () => {
    expect(validateField(field(), '')).toBe('required');
    expect(validateField(field({ isRequired: false, isOptional: true }), '')).toBeNull();
  });

  it('checks each format', () => {
    expect(validateField(field({ format: 'hostname' }), 'acme.example.com')).toBeNull();
    expect(validateField(field({ format: 'hostname' }), 'https://acme')).toBe('hostname');
    expect(validateField(field({ format: 'uuid' }), '123e4567-e89b-12d3-a456-426614174000')).toBeNull();
    expect(validateField(field({ format: 'uuid' }), '123')).toBe('uuid');
    expect(validateField(field({ format: 'uri' }), 'https://x.io/a')).toBeNull();
    expect(validateField(field({ format: 'uri' }), 'x.io')).toBe('uri');
    expect(validateField(field({ format: 'email' }), 'ada@example.com')).toBeNull();
    expect(validateField(field({ format: 'email' }), 'ada')).toBe('email');
  });

  it('checks the provider pattern', () => {
    const subdomain = field({ pattern: compilePattern('^[a-z0-9_-]+$') });
    expect(validateField(subdomain, 'acme')).toBeNull();
    expect(validateField(subdomain, 'Acme Inc')).toBe('pattern');
  });
});

describe('compilePattern', () => {
  it('rejects a pattern JavaScript cannot compile instead of throwing', () => {
    expect(compilePattern('^[a-zA-Z0-9_!@#$%^&*()\\\\-+=]+$')).toBeNull();
    expect(compilePattern('(?i)abc')).toBeNull();
    expect(compilePattern('^[a-f0-9]{40}$')).toBeInstanceOf(RegExp);
    expect(compilePattern(undefined)).toBeNull();
  });
});

describe('safe URLs', () => {
  it('keeps only absolute http(s) URLs', () => {
    expect(safeHttpUrl('https://docs.example.com/a')).toBe('https://docs.example.com/a');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<script>')).toBeNull();
    expect(safeHttpUrl('/relative')).toBeNull();
    expect(safeHttpUrl('undefined')).toBeNull();
    expect(safeHttpUrl(undefined)).toBeNull();
  });

  it('builds a field link from the guide and the anchor, never "…undefined"', () => {
    expect(fieldDocUrl('https://d.io/connect', '#step-1', false)).toBe('https://d.io/connect#step-1');
    expect(fieldDocUrl('https://d.io/connect', undefined, false)).toBeNull();
    expect(fieldDocUrl(null, '#step-1', false)).toBeNull();
    expect(fieldDocUrl('https://d.io/custom', '#step-1', true)).toBe('https://d.io/custom');
  });
});
