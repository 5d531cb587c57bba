import type { ServiceContext } from '../auth/context.ts';

declare module 'mercurius' {
  // One typed context per request: the service context every resolver passes on.
  interface MercuriusContext {
    services: ServiceContext;
  }
}

export {};
