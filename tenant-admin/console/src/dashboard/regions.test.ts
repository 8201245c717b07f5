import { describe, expect, it } from 'vitest';
import { cityOf, heatLevel } from './regions';

describe('regions', () => {
  it('groups districts under their city', () => {
    expect(cityOf('成都市武侯区')).toBe('成都市');
    expect(cityOf('上海市浦东新区')).toBe('上海市');
    expect(cityOf('浙江省杭州市西湖区')).toBe('浙江省杭州市');
    expect(cityOf('Pudong')).toBe('Pudong');
  });
  it('shades a volume from 1 to 5 against the busiest', () => {
    expect(heatLevel(66, 66)).toBe(5);
    expect(heatLevel(1, 66)).toBe(1);
    expect(heatLevel(30, 66)).toBe(3);
    expect(heatLevel(0, 66)).toBe(0);
  });
});
