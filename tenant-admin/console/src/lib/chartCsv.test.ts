import { describe, expect, it } from 'vitest';
import { chartCsv } from './Chart';

describe('chartCsv', () => {
  it('writes a header, a row per category, a byte-order mark and quotes where a cell needs them', () => {
    const csv = chartCsv({ categories: ['11-01', '11-02'], series: [
      { key: 'A', name: '产品质量', values: [3, 0] }, { key: 'B', name: 'Say "hi", then', values: [1, 2] }] }, '周期');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual(['周期,产品质量,"Say ""hi"", then"', '11-01,3,1', '11-02,0,2', '']);
  });
});
