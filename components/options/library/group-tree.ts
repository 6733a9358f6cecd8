import type { Reply } from '@/lib/replies';

export interface GroupNode {
  /** full path, e.g. 售前/物流 */
  path: string;
  /** last segment, e.g. 物流 */
  name: string;
  /** replies in this group and every group under it */
  count: number;
  children: GroupNode[];
}

export interface GroupTree {
  roots: GroupNode[];
  /** replies without a group */
  ungrouped: number;
  total: number;
  /** every group path, parents included, sorted: what the editor offers */
  paths: string[];
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Nested groups from `/` paths, counting each reply in its group and all the groups above it. */
export function buildGroupTree(replies: readonly Reply[]): GroupTree {
  const nodes = new Map<string, GroupNode>();
  const roots: GroupNode[] = [];
  let ungrouped = 0;
  for (const reply of replies) {
    const segments = (reply.group ?? '').split('/').filter(Boolean);
    if (!segments.length) {
      ungrouped++;
      continue;
    }
    let parent: GroupNode | undefined;
    for (let i = 0; i < segments.length; i++) {
      const path = segments.slice(0, i + 1).join('/');
      let node = nodes.get(path);
      if (!node) {
        node = { path, name: segments[i]!, count: 0, children: [] };
        nodes.set(path, node);
        (parent ? parent.children : roots).push(node);
      }
      node.count++;
      parent = node;
    }
  }
  const sort = (list: GroupNode[]) => {
    list.sort((a, b) => collator.compare(a.name, b.name));
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return { roots, ungrouped, total: replies.length, paths: [...nodes.keys()].sort(collator.compare) };
}
