/*
 * pdfjs-dist's legacy build (the one that runs on Node 20) carries core-js, which on loading
 * replaces built-ins it finds short of the latest spec — Array.prototype.push, JSON.parse and
 * JSON.stringify among them — with its JavaScript versions, for the whole thread: an export of
 * 1,000 KPIs after reading one PDF spent a fifth of its time in core-js's push. What pdfjs adds
 * (Promise.withResolvers, Uint8Array.prototype.toHex, …) it needs and keeps; what it replaced
 * is put back, since pdfjs runs on the native ones as well (its modern build has no core-js).
 */

const iteratorPrototype: object = Object.getPrototypeOf(
  Object.getPrototypeOf([][Symbol.iterator]()),
) as object;

/** The built-in objects whose own properties are kept. */
const BUILTINS: readonly object[] = [
  Object,
  Object.prototype,
  Function.prototype,
  Array,
  Array.prototype,
  String,
  String.prototype,
  Number,
  Number.prototype,
  Math,
  JSON,
  Promise,
  Promise.prototype,
  Map,
  Map.prototype,
  Set,
  Set.prototype,
  WeakMap.prototype,
  RegExp.prototype,
  Symbol,
  ArrayBuffer.prototype,
  DataView.prototype,
  Uint8Array,
  Uint8Array.prototype,
  Object.getPrototypeOf(Uint8Array.prototype) as object,
  iteratorPrototype,
  Error,
];

type Snapshot = Map<object, Map<PropertyKey, PropertyDescriptor>>;

function snapshot(objects: readonly object[]): Snapshot {
  const kept: Snapshot = new Map();
  for (const object of objects) {
    const properties = new Map<PropertyKey, PropertyDescriptor>();
    for (const key of Reflect.ownKeys(object)) {
      const descriptor = Object.getOwnPropertyDescriptor(object, key);
      if (descriptor) properties.set(key, descriptor);
    }
    kept.set(object, properties);
  }
  return kept;
}

const same = (a: PropertyDescriptor, b: PropertyDescriptor | undefined) =>
  b !== undefined && a.value === b.value && a.get === b.get && a.set === b.set;

/**
 * Runs `load` (an import) and puts back every built-in property it replaced; the ones it added
 * stay. Returns what `load` gave.
 * @example const pdf = await keepingBuiltins(() => import('./pdf-page-content.ts'));
 */
export async function keepingBuiltins<T>(
  load: () => Promise<T>,
  objects: readonly object[] = BUILTINS,
): Promise<T> {
  const before = snapshot(objects);
  try {
    return await load();
  } finally {
    for (const [object, properties] of before) {
      for (const [key, descriptor] of properties) {
        if (!same(descriptor, Object.getOwnPropertyDescriptor(object, key))) {
          Object.defineProperty(object, key, descriptor);
        }
      }
    }
  }
}
