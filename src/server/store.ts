// The library's store, shared by every route plugin (fastify-plugin lifts the
// decoration out of this plugin's scope) and closed when the app closes.
import fp from 'fastify-plugin';
import type { Store } from '../store/index.js';

declare module 'fastify' {
  interface FastifyInstance {
    store: Store;
  }
}

export interface StorePluginOptions {
  store: Store;
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
