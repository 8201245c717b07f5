import type { Api, Schemas } from '../api/client';
import { ifMatch, must } from '../api/client';

export type PluginKind = 'channels' | 'notifiers';
export type Instance = Schemas['PluginInstanceView'];

/** The admin calls on channel or notifier instances (the two APIs have the same shape). */
export function pluginCalls(api: Api, kind: PluginKind) {
  const path = (id: string) => ({ params: { path: { id } } });
  const guarded = (i: Instance) => ({ params: { path: { id: i.id }, header: ifMatch(i.version) } as never });
  if (kind === 'channels') {
    return {
      catalogue: () => must(api.GET('/api/v1/admin/channels')),
      create: (body: Schemas['NewInstance']) => must(api.POST('/api/v1/admin/channels', { body })),
      configure: (i: Instance, body: Schemas['Configure']) => must(api.PUT('/api/v1/admin/channels/{id}', { ...guarded(i), body })),
      enable: (i: Instance, on: boolean) => must(on ? api.POST('/api/v1/admin/channels/{id}/enable', guarded(i))
        : api.POST('/api/v1/admin/channels/{id}/disable', guarded(i))),
      remove: (i: Instance) => must(api.DELETE('/api/v1/admin/channels/{id}', guarded(i))),
      test: (i: Instance) => must(api.POST('/api/v1/admin/channels/{id}/test', path(i.id))),
    };
  }
  return {
    catalogue: () => must(api.GET('/api/v1/admin/notifiers')),
    create: (body: Schemas['NewInstance']) => must(api.POST('/api/v1/admin/notifiers', { body })),
    configure: (i: Instance, body: Schemas['Configure']) => must(api.PUT('/api/v1/admin/notifiers/{id}', { ...guarded(i), body })),
    enable: (i: Instance, on: boolean) => must(on ? api.POST('/api/v1/admin/notifiers/{id}/enable', guarded(i))
      : api.POST('/api/v1/admin/notifiers/{id}/disable', guarded(i))),
    remove: (i: Instance) => must(api.DELETE('/api/v1/admin/notifiers/{id}', guarded(i))),
    test: (i: Instance, recipient?: string) => must(api.POST('/api/v1/admin/notifiers/{id}/test', { ...path(i.id), body: { recipient } })),
  };
}
