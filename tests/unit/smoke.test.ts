import { describe, expect, it } from 'vitest';
describe('env', () => {
  it('pins the time zone', () => {
    expect(new Date('2026-11-23T00:00:00Z').getHours()).toBe(8);
  });
});
