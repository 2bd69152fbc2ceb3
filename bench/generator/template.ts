/** The benchmark generator's sentence templates and their parser. */

// Templates: `{slot}`, `{A}`, `{A.field}`, and inline alternatives `[one|two|]` (nestable).

export type Node = string | { alt: Node[][] } | { key: string; field: string | undefined };

export const compiled = new Map<string, Node[]>();

export function compile(tpl: string): Node[] {
  let nodes = compiled.get(tpl);
  if (!nodes) {
    const [parsed] = parseNodes(tpl, 0, false);
    nodes = parsed;
    compiled.set(tpl, nodes);
  }
  return nodes;
}

/** Parse from `i` until the end, or until `|`/`]` when inside alternatives. */
export function parseNodes(tpl: string, i: number, inAlt: boolean): [Node[], number] {
  const nodes: Node[] = [];
  let lit = '';
  while (i < tpl.length) {
    const ch = tpl[i]!;
    if (inAlt && (ch === '|' || ch === ']')) break;
    if (ch === '[') {
      if (lit) nodes.push(lit);
      lit = '';
      const options: Node[][] = [];
      i++;
      for (;;) {
        const [opt, j] = parseNodes(tpl, i, true);
        options.push(opt);
        if (tpl[j] === '|') {
          i = j + 1;
          continue;
        }
        if (tpl[j] !== ']') throw new Error(`unclosed [ in template: ${tpl}`);
        i = j + 1;
        break;
      }
      nodes.push({ alt: options });
      continue;
    }
    if (ch === '{') {
      const end = tpl.indexOf('}', i);
      if (end < 0) throw new Error(`unclosed { in template: ${tpl}`);
      if (lit) nodes.push(lit);
      lit = '';
      const [key, field] = tpl.slice(i + 1, end).split('.');
      nodes.push({ key: key!, field });
      i = end + 1;
      continue;
    }
    lit += ch;
    i++;
  }
  if (lit) nodes.push(lit);
  return [nodes, i];
}

/** Title Case: every word capitalised. */
export function cap(s: string): string {
  return s.replace(/(^|\s)(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}
