// The wire form of an API answer: services answer instants as epoch milliseconds (the pages format
// those), and the API writes every field its schema declares with `timestamp()` as RFC 3339. This is
// the one place where the conversion happens; `wireOf(schema)` is built once per route.
import type { z } from "@hono/zod-openapi";
import { TIMESTAMPS, isoTime } from "./api-fields";

type Convert = (v: unknown) => unknown;
type Def = {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  in?: z.ZodType;
  getter?: () => z.ZodType;
};

const stamp: Convert = (v) => (typeof v === "number" ? isoTime(v) : v);
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function inObject(shape: Record<string, z.ZodType>, seen: Set<z.ZodType>): Convert | undefined {
  const fields = Object.entries(shape).flatMap(([k, s]) => {
    const f = compile(s, seen);
    return f ? [[k, f] as const] : [];
  });
  if (!fields.length) return undefined;
  return (v) => {
    if (!isRecord(v)) return v;
    const out = { ...v };
    for (const [k, f] of fields) if (k in out) out[k] = f(out[k]);
    return out;
  };
}

function all(fs: (Convert | undefined)[]): Convert | undefined {
  const some = fs.filter((f): f is Convert => !!f);
  if (!some.length) return undefined;
  return (v) => some.reduce((x, f) => f(x), v);
}

/** `seen`: the schemas being compiled, so a recursive (lazy) schema ends. */
function compile(s: z.ZodType, seen: Set<z.ZodType>): Convert | undefined {
  if (TIMESTAMPS.has(s)) return stamp;
  if (seen.has(s)) return undefined;
  seen.add(s);
  try {
    return compileDef(s._zod.def as unknown as Def, seen);
  } finally {
    seen.delete(s);
  }
}

function compileDef(def: Def, seen: Set<z.ZodType>): Convert | undefined {
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "nonoptional":
    case "catch":
      return def.innerType && compile(def.innerType, seen);
    case "pipe":
      return def.in && compile(def.in, seen);
    case "lazy":
      return def.getter && compile(def.getter(), seen);
    case "array": {
      const f = def.element && compile(def.element, seen);
      return f && ((v) => (Array.isArray(v) ? v.map(f) : v));
    }
    case "object":
      return def.shape && inObject(def.shape, seen);
    case "record": {
      const f = def.valueType && compile(def.valueType, seen);
      return (
        f && ((v) => (isRecord(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, f(x)])) : v))
      );
    }
    case "union":
      return all((def.options ?? []).map((o) => compile(o, seen)));
    case "intersection":
      return all([def.left && compile(def.left, seen), def.right && compile(def.right, seen)]);
    default:
      return undefined;
  }
}

/** How an answer of `schema` goes on the wire (identity when the schema holds no timestamp). */
export function wireOf(schema: z.ZodType): Convert {
  return compile(schema, new Set()) ?? ((v) => v);
}
