import { describe, expect, it } from 'vitest';
import { ApiError, toProblem } from './problem';

const invalid = new ApiError({
  type: 'https://complaints.example/problems/invalid-input', title: 'Invalid input', status: 400,
  errors: [
    { field: 'consumer.phone', code: 'pattern', message: 'not a phone number' },
    { field: 'consumer.phone', code: 'size', message: 'too long' },
    { field: 'description', code: 'required', message: 'required' },
  ],
});

describe('ApiError', () => {
  it('names its kind after the problem type and says the title when there is no detail', () => {
    expect(invalid.kind).toBe('invalid-input');
    expect(invalid.status).toBe(400);
    expect(invalid.message).toBe('Invalid input');
  });

  it('joins the messages of one field and gives them to a form under its own field names', () => {
    expect(invalid.fieldErrors()).toEqual({ 'consumer.phone': 'not a phone number; too long', description: 'required' });
    expect(invalid.formFields((field) => field.split('.').pop())).toEqual([
      { name: 'phone', errors: ['not a phone number; too long'] },
      { name: 'description', errors: ['required'] },
    ]);
    expect(new ApiError({ status: 409, title: 'Conflict' }).formFields()).toEqual([]);
  });
});

describe('toProblem', () => {
  it('keeps a problem and makes one of anything else', () => {
    expect(toProblem(404, { status: 404, title: 'Not found' })).toEqual({ status: 404, title: 'Not found' });
    expect(toProblem(502, '<html>Bad gateway</html>')).toEqual({ status: 502, title: '<html>Bad gateway</html>' });
    expect(toProblem(500, null)).toEqual({ status: 500, title: 'HTTP 500' });
  });
});
