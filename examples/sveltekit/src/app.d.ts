import type { Client } from '@aw/core';

declare global {
  namespace App {
    interface Locals {
      /** A client acting as this request's user, made by hooks.server.ts from the session cookie. */
      client: Client | undefined;
    }
    interface Error {
      message: string;
    }
  }
}

export {};
