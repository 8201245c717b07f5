import { useMemo, useState } from 'react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { ApiError } from '../api/problem';
import { SchemaFields } from './SchemaFields';
import { fieldsOf, initialValues, toSettings, type JsonSchema } from './schemaForm';
import type { Instance, PluginKind } from './pluginCalls';

type Calls = { create: (b: Schemas['NewInstance']) => Promise<Instance>; configure: (i: Instance, b: Schemas['Configure']) => Promise<Instance> };

/**
 * A new channel or notifier instance, or an existing one's settings: the form is the plugin's settings schema; the
 * server validates against the same schema and its messages are shown at the fields.
 */
export function InstanceDialog({ kind, types, instance, events, calls, onClose }: {
  kind: PluginKind; types: Schemas['TypeView'][]; instance?: Instance; events: string[]; calls: Calls;
  onClose: (saved?: Instance) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [type, setType] = useState(instance?.type ?? types[0]?.type);
  const [error, setError] = useState<string>();
  const view = types.find((x) => x.type === type);
  const fields = useMemo(() => fieldsOf(view?.configSchema as JsonSchema), [view]);

  const save = async () => {
    setError(undefined);
    let values;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is wrong at the fields
    }
    const settings = toSettings(fields, values);
    try {
      const saved = instance
        ? await calls.configure(instance, { settings, events: kind === 'notifiers' ? values.__events : undefined })
        : await calls.create({ id: values.__id?.trim() || undefined, type, enabled: true, settings,
          events: kind === 'notifiers' ? values.__events : undefined });
      onClose(saved);
    } catch (e) {
      if (e instanceof ApiError) {
        form.setFields(e.formFields((f) => f.replace(/^settings[./]/, '').replace(/^\//, '').replace(/^id$/, '__id').replace(/^events.*/, '__events')));
        setError(e.status === 412 ? t('plugins.stale') : e.message);
      }
    }
  };

  return (
    <Modal open width={640} title={instance ? t('plugins.configure', { id: instance.id }) : t(`plugins.${kind}.new`)}
      onOk={() => void save()} onCancel={() => onClose()} okText={t('plugins.save')} cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'instance-save' } as never}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} name={`instance-${kind}`} layout="vertical" key={type}
        initialValues={{ ...initialValues(fields, instance?.settings as Record<string, unknown>), __events: instance?.events ?? [] }}>
        {!instance && (
          <>
            <Form.Item label={t('plugins.type')} required htmlFor="instance-type">
              <Select id="instance-type" value={type} onChange={setType}
                options={types.map((x) => ({ value: x.type, label: `${x.displayName} (${x.type})` }))} />
            </Form.Item>
            <Form.Item name="__id" label={t('plugins.key')} extra={t('plugins.keyHint')}>
              <Input maxLength={40} placeholder={type} />
            </Form.Item>
          </>
        )}
        {kind === 'notifiers' && (
          <Form.Item name="__events" label={t('plugins.events')} extra={t('plugins.eventsHint')}>
            <Select mode="multiple" allowClear options={events.map((e) => ({ value: e, label: t(`notificationEvent.${e}`, { defaultValue: e }) }))} />
          </Form.Item>
        )}
        <SchemaFields fields={fields} secretsSet={instance?.secretsSet ?? []} idPrefix={`setting-${kind}`} />
      </Form>
    </Modal>
  );
}
