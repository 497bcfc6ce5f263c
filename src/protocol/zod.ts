import * as z from 'zod/mini';

// No JIT: zod would otherwise probe `new Function`, which a `script-src 'self'` CSP forbids.
z.config({ jitless: true });

export { z };
