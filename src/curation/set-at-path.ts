/** Sets (or, given undefined, removes) the value at a path inside an immer draft; missing parents are made. */
export function setAtPath(target: object, path: readonly (string | number)[], value: unknown): void {
  let node = target as Record<string | number, unknown>;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i] as string | number;
    if (typeof node[key] !== 'object' || node[key] === null)
      node[key] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  }
  const last = path.at(-1);
  if (last === undefined) return;
  if (value === undefined) {
    if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
    else Reflect.deleteProperty(node, last);
  } else {
    node[last] = value;
  }
}
