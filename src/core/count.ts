/** A count with its noun in the right number: `count(1, 'person', 'people')` is "1 person". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
