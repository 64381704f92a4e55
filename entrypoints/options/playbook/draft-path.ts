/** A location inside the playbook document being edited: `['icp', 'criteria', 3, 'label']`. */
export type DraftPath = readonly (string | number)[];

function isContainer(value: unknown): value is Record<string | number, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The value at a path, or undefined when any step is missing (the draft may be any JSON while typed by hand). */
export function getIn(document: unknown, path: DraftPath): unknown {
  let here: unknown = document;
  for (const key of path) {
    if (!isContainer(here)) return undefined;
    here = (here as Record<string | number, unknown>)[key];
  }
  return here;
}

function setStep(container: unknown, key: string | number, child: unknown): unknown {
  if (typeof key === 'number') {
    const list = Array.isArray(container) ? [...container] : [];
    list[key] = child;
    return list;
  }
  const object: Record<string, unknown> = isContainer(container) && !Array.isArray(container) ? { ...container } : {};
  if (child === undefined) delete object[key];
  else object[key] = child;
  return object;
}

/** A copy of the document with the value at a path replaced (undefined removes an object key). */
export function setIn(document: unknown, path: DraftPath, value: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  const child = rest.length === 0 ? value : setIn(getIn(document, [key]), rest, value);
  return setStep(document, key, child);
}

/** A copy of the document without the list item at a path. */
export function removeAt(document: unknown, path: DraftPath): unknown {
  const index = path[path.length - 1];
  const listPath = path.slice(0, -1);
  const list = getIn(document, listPath);
  if (typeof index !== 'number' || !Array.isArray(list)) return document;
  return setIn(
    document,
    listPath,
    list.filter((_, i) => i !== index),
  );
}

/** A copy of the document with an item appended to the list at a path (created when missing). */
export function appendAt(document: unknown, path: DraftPath, item: unknown): unknown {
  const list = getIn(document, path);
  return setIn(document, path, [...(Array.isArray(list) ? list : []), item]);
}
