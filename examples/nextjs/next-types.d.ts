// What `next build` writes to next-env.d.ts (ignored by git), so `tsc` works before any build.
/// <reference types="next" />
/// <reference types="next/image-types/global" />
