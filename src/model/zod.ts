// zod as the model uses it. The built app runs under a Content-Security-Policy without
// 'unsafe-eval' (vite.config.ts): zod 4 would probe for eval (new Function) to compile faster
// parsers, and the browser reports the refused probe as a CSP violation although zod catches it.
// zod decides when a schema is created, so every schema module imports z from here. Parsing a
// full document takes the same time either way (about 0.14 ms in Node).
import { z } from 'zod';

z.config({ jitless: true });

export { z };
