// The library's store, shared by every route plugin (fastify-plugin lifts the
// decoration out of this plugin's scope) and closed when the app closes. It
// is the promise interface (AsyncStore): SQLite or PostgreSQL behind it alike.
import fp from 'fastify-plugin';
import type { AsyncStore } from '../store/index.js';

declare module 'fastify' {
  interface FastifyInstance {
    store: AsyncStore;
  }
}

export interface StorePluginOptions {
  store: AsyncStore;
  /** Close the store with the app: true when the app opened it. */
  close: boolean;
}

export const storePlugin = fp<StorePluginOptions>(
  async (app, { store, close }) => {
    app.decorate('store', store);
    if (close) app.addHook('onClose', async () => store.close());
  },
  { name: 'nianbao-store' },
);
