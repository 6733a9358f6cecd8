import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { GroupNode, GroupTree as Tree } from './group-tree';

interface Props {
  tree: Tree;
  /** null = all replies, '' = 未分组 */
  selected: string | null;
  onSelect(group: string | null): void;
}

/** Nested groups with counts; selecting one filters the list to it and everything under it. */
export function GroupTree({ tree, selected, onSelect }: Props) {
  // Top-level groups start open (their children show), deeper ones closed: a few hundred groups stay scannable.
  const [toggled, setToggled] = useState<ReadonlySet<string>>(new Set());
  const isOpen = (node: GroupNode, depth: number) => (depth === 0) !== toggled.has(node.path);
  const toggle = (path: string) =>
    setToggled((prev) => {
      const next = new Set(prev);
      if (!next.delete(path)) next.add(path);
      return next;
    });

  const renderNode = (node: GroupNode, depth: number) => {
    const open = isOpen(node, depth);
    return (
      <li key={node.path} role="treeitem" aria-expanded={node.children.length ? open : undefined}>
        <div class="lib-tree-line" style={{ paddingLeft: `${depth * 14}px` }}>
          {node.children.length ? (
            <button
              type="button"
              class="lib-tree-twisty"
              aria-label={open ? i18n.t('libCollapse') : i18n.t('libExpand')}
              onClick={() => toggle(node.path)}
            >
              {open ? '▾' : '▸'}
            </button>
          ) : (
            <span class="lib-tree-twisty" />
          )}
          <button
            type="button"
            class={selected === node.path ? 'lib-tree-node lib-tree-node-active' : 'lib-tree-node'}
            data-testid="kefu-lib-group"
            data-group={node.path}
            title={node.path}
            onClick={() => onSelect(node.path)}
          >
            <span class="lib-tree-name">{node.name}</span>
            <span class="lib-tree-count">{node.count}</span>
          </button>
        </div>
        {open && node.children.length > 0 && <ul role="group">{node.children.map((c) => renderNode(c, depth + 1))}</ul>}
      </li>
    );
  };

  return (
    <nav class="lib-tree" aria-label={i18n.t('libGroupsTitle')}>
      <h2 class="lib-side-title">{i18n.t('libGroupsTitle')}</h2>
      <button
        type="button"
        class={selected === null ? 'lib-tree-node lib-tree-node-active lib-tree-all' : 'lib-tree-node lib-tree-all'}
        data-testid="kefu-lib-group-all"
        onClick={() => onSelect(null)}
      >
        <span class="lib-tree-name">{i18n.t('libGroupAll')}</span>
        <span class="lib-tree-count">{tree.total}</span>
      </button>
      <ul role="tree">{tree.roots.map((n) => renderNode(n, 0))}</ul>
      {tree.ungrouped > 0 && (
        <button
          type="button"
          class={selected === '' ? 'lib-tree-node lib-tree-node-active' : 'lib-tree-node'}
          data-testid="kefu-lib-group"
          data-group=""
          onClick={() => onSelect('')}
        >
          <span class="lib-tree-name lib-muted">{i18n.t('libGroupNone')}</span>
          <span class="lib-tree-count">{tree.ungrouped}</span>
        </button>
      )}
    </nav>
  );
}
