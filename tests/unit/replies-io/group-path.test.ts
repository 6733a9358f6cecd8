import { describe, expect, it } from 'vitest';
import { groupAncestry, groupSegments, isInGroup, normalizeGroupPath } from '@/lib/replies/io';

describe('group paths', () => {
  it.each([
    ['售前/物流', '售前/物流'],
    ['售前>物流', '售前/物流'],
    ['售前 > 物流', '售前/物流'],
    ['售前＞物流', '售前/物流'],
    ['售前》物流', '售前/物流'],
    ['售前／物流', '售前/物流'],
    ['售前\\物流', '售前/物流'],
    ['售前→物流→顺丰', '售前/物流/顺丰'],
    ['/售前//物流/ ', '售前/物流'],
    ['  售后  ', '售后'],
    ['双11  大促', '双11 大促'],
    // A hyphen belongs to the name (7-15天发货, 2024-双11): it is not read as nesting.
    ['售前-物流', '售前-物流'],
    ['7-15天发货', '7-15天发货'],
    ['', ''],
    [null, ''],
    [undefined, ''],
    [618, '618'],
  ])('%j → %j', (raw, path) => {
    expect(normalizeGroupPath(raw)).toBe(path);
  });

  it('lists segments and ancestry', () => {
    expect(groupSegments('售前 / 物流')).toEqual(['售前', '物流']);
    expect(groupAncestry('售前/物流/顺丰')).toEqual(['售前', '售前/物流', '售前/物流/顺丰']);
    expect(groupAncestry('')).toEqual([]);
  });

  it.each([
    ['售前/物流', '售前', true],
    ['售前', '售前', true],
    ['售前物流', '售前', false],
    ['售后', '售前', false],
    ['', '', true],
    ['售前', '', false],
  ])('%j in %j: %s', (path, group, inside) => {
    expect(isInGroup(path, group)).toBe(inside);
  });
});
