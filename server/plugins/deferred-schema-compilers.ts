// Route schemas compiled when first used, not all before the server listens (docs/architecture.md,
// "Start-up and HTTP"): Fastify's own compilers (Ajv for requests, fast-json-stringify for
// responses) run unchanged, only later; what no request has used yet is compiled after listening,
// one schema per turn of the event loop, so requests arriving meanwhile are served in between.
// The compilers themselves (Ajv, fast-json-stringify: over a hundred files) load on first use too.
import { createRequire } from "node:module";
import type ajvCompiler from "@fastify/ajv-compiler";
import type serializerCompiler from "@fastify/fast-json-stringify-compiler";

type ValidatorFactory = ReturnType<typeof ajvCompiler>;
type SerializerFactory = ReturnType<typeof serializerCompiler>;
const require = createRequire(import.meta.url);
type Validate = ((data: unknown, context?: unknown) => unknown) & {
  errors?: unknown;
  schemaEnv?: unknown;
};

export type DeferredSchemaCompilers = {
  /** Fastify's `schemaController.compilersFactory`. */
  compilersFactory: { buildValidator: ValidatorFactory; buildSerializer: SerializerFactory };
  /** How many schemas no request has needed yet. */
  pendingCount(): number;
  /** Compiles every pending schema, one per event-loop turn; throws as the compiler does. */
  compilePending(): Promise<void>;
};

export function deferredSchemaCompilers(): DeferredSchemaCompilers {
  const pending = new Set<() => unknown>();
  // Fastify's defaults, as it would create them; a first use compiles synchronously, hence require.
  const defaultValidators = deferredOnce(() =>
    (require("@fastify/ajv-compiler") as typeof ajvCompiler)(),
  );
  const defaultSerializers = deferredOnce(() =>
    (require("@fastify/fast-json-stringify-compiler") as typeof serializerCompiler)(),
  );

  /** `compileNow` runs at most once: on first use, or from compilePending, whichever is first. */
  function deferred<Compiled>(compileNow: () => Compiled): () => Compiled {
    let compiled: Compiled | undefined;
    const compile = () => {
      if (compiled === undefined) {
        compiled = compileNow();
        pending.delete(compile);
      }
      return compiled;
    };
    pending.add(compile);
    return compile;
  }

  const buildValidator: ValidatorFactory = (externalSchemas, options) => {
    // Even the Ajv instance waits for the first schema that needs it.
    const compilerOf = deferredOnce(() => defaultValidators()(externalSchemas, options));
    return (route) => {
      const compiled = deferred(() => compilerOf()(route) as Validate);
      // Fastify reads `errors` after a failed call and passes Ajv's `schemaEnv` context along.
      const validate: Validate = (data, context) => {
        const target = compiled();
        const result = target(data, context);
        validate.errors = target.errors;
        return result;
      };
      Object.defineProperty(validate, "schemaEnv", { get: () => compiled().schemaEnv });
      return validate as ReturnType<ReturnType<ValidatorFactory>>;
    };
  };

  const buildSerializer: SerializerFactory = (externalSchemas, options) => {
    const compilerOf = deferredOnce(() => defaultSerializers()(externalSchemas, options));
    return (route) => {
      const compiled = deferred(() => compilerOf()(route));
      return (document) => compiled()(document);
    };
  };

  return {
    compilersFactory: { buildValidator, buildSerializer },
    pendingCount: () => pending.size,
    async compilePending() {
      for (const compile of [...pending]) {
        await new Promise((resolve) => setImmediate(resolve));
        compile();
      }
    },
  };
}

function deferredOnce<Value>(create: () => Value): () => Value {
  let value: Value | undefined;
  return () => (value ??= create());
}
