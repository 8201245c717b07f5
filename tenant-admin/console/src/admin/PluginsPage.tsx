import { useState } from 'react';
import { Alert, Button, Card, Input, Modal, Space, Switch, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { must } from '../api/client';
import { ApiError } from '../api/problem';
import { formatInstant } from '../lib/time';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { AdminNav } from './AdminNav';
import { DeliveryLog } from './DeliveryLog';
import { InstanceDialog } from './InstanceDialog';
import { pluginCalls, type Instance, type PluginKind } from './pluginCalls';

const STATUS_COLOR: Record<string, string> = { STARTED: 'green', INCOMPATIBLE: 'orange', FAILED: 'red', CONFLICT: 'red', UP: 'green', DOWN: 'red', DEGRADED: 'orange' };

/**
 * Channels or notifiers: the installed plugins (status, version, problems), the tenant's instances — created and
 * configured from the plugin's settings schema, enabled, disabled, tested, deleted — and, for notifiers, the delivery
 * log and the dead letters.
 */
export default function PluginsPage({ kind }: { kind: PluginKind }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const calls = pluginCalls(api, kind);
  const queryClient = useQueryClient();
  const { tenant } = useWorkspace();
  // health and counts change as notifications go out
  const catalogue = useQuery({ queryKey: ['admin', kind], queryFn: calls.catalogue, refetchInterval: 10_000 });
  const templates = useQuery({ queryKey: ['admin', 'notification-templates'], enabled: kind === 'notifiers',
    queryFn: () => must(api.GET('/api/v1/admin/notification-templates')) });
  const events = [...new Set((templates.data ?? []).map((x) => x.event))];
  const [editing, setEditing] = useState<Instance | 'new'>();
  const [message, setMessage] = useState<{ type: 'success' | 'error' | 'info'; text: string }>();
  const [testing, setTesting] = useState<Instance>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['admin', kind] });
  const typeName = (type: string) => catalogue.data?.types.find((x) => x.type === type)?.displayName ?? type;

  const act = async (work: () => Promise<unknown>, done?: string) => {
    setMessage(undefined);
    try {
      await work();
      if (done) setMessage({ type: 'success', text: done });
    } catch (e) {
      if (e instanceof ApiError) setMessage({ type: 'error', text: e.status === 412 ? t('plugins.stale') : e.message });
    }
    await refresh();
  };
  const runTest = async (i: Instance, recipient?: string) => {
    setMessage(undefined);
    try {
      const result = kind === 'notifiers' ? await calls.test(i, recipient) : await calls.test(i);
      setMessage({ type: result.ok ? 'success' : 'error', text: t(result.ok ? 'plugins.testOk' : 'plugins.testFailed', { id: i.id, message: result.message }) });
    } catch (e) {
      if (e instanceof ApiError) setMessage({ type: 'error', text: e.message });
    }
    await refresh();
  };
  const mode = (i: Instance) => catalogue.data?.types.find((x) => x.type === i.type)?.mode;

  return (
    <section aria-labelledby="plugins-title">
      <AdminNav />
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} id="plugins-title" style={{ margin: 0 }}>{t(`plugins.${kind}.title`)}</Typography.Title>
        <Button type="primary" onClick={() => setEditing('new')} disabled={!catalogue.data?.types.length} data-testid="instance-new">
          {t(`plugins.${kind}.new`)}
        </Button>
      </Space>
      {message && <Alert type={message.type} showIcon title={message.text} style={{ marginBottom: 12 }} data-testid="plugins-message" closable onClose={() => setMessage(undefined)} />}
      <Card size="small" title={t('plugins.instances')}>
        {catalogue.data && !catalogue.data.instances.length && <Typography.Text type="secondary">{t(`plugins.${kind}.none`)}</Typography.Text>}
        {!!catalogue.data?.instances.length && (
          <div className="case-table-wrap">
            <table className="case-table" data-testid="instances">
              <thead><tr>
                <th>{t('plugins.key')}</th><th>{t('plugins.type')}</th><th>{t('plugins.on')}</th><th>{t('plugins.health')}</th>
                <th>{kind === 'notifiers' ? t('plugins.events') : t('plugins.endpoint')}</th><th>{t('plugins.secrets')}</th><th><span className="sr-only">{t('plugins.actions')}</span></th>
              </tr></thead>
              <tbody>
                {catalogue.data.instances.map((i) => (
                  <tr key={i.id} data-instance={i.id}>
                    <td><strong>{i.id}</strong>{!i.available && <Tag color="red" style={{ marginLeft: 6 }}>{t('plugins.unavailable')}</Tag>}</td>
                    <td>{typeName(i.type)}</td>
                    <td><Switch size="small" checked={i.enabled} aria-label={t('plugins.enabledFor', { id: i.id })}
                      onChange={(on) => void act(() => calls.enable(i, on))} /></td>
                    <td>
                      <Tag color={STATUS_COLOR[i.health.status] ?? 'default'}>{t(`plugins.healthStatus.${i.health.status}`, { defaultValue: i.health.status })}</Tag>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('plugins.counts', { ok: i.health.succeeded, failed: i.health.failed })}</Typography.Text>
                      {i.health.lastProblem && <div className="plugin-problem">{i.health.lastProblem}
                        {i.health.lastFailureAt && ` · ${formatInstant(i.health.lastFailureAt, tenant.timeZone, i18n.language)}`}</div>}
                    </td>
                    <td>{kind === 'notifiers'
                      ? (i.events.length ? i.events.map((e) => <Tag key={e}>{t(`notificationEvent.${e}`, { defaultValue: e })}</Tag>) : t('plugins.defaultEvents'))
                      : <Typography.Text code copyable>{i.endpoint}</Typography.Text>}</td>
                    <td data-secrets={i.secretsSet.join(',')}>{i.secretsSet.map((s) => <Tag key={s} color="blue">{t('plugins.isSet', { name: t(`pluginField.${s}`, { defaultValue: s }) })}</Tag>)}</td>
                    <td>
                      <Space size={4} wrap>
                        <Button size="small" onClick={() => setEditing(i)}>{t('plugins.configureShort')}</Button>
                        <Button size="small" onClick={() => (kind === 'notifiers' && mode(i) !== 'endpoint' ? setTesting(i) : void runTest(i))}
                          data-testid={`test-${i.id}`}>{t('plugins.test')}</Button>
                        <Button size="small" danger onClick={() => Modal.confirm({ title: t('plugins.deleteConfirm', { id: i.id }),
                          okText: t('admin.delete'), cancelText: t('common.cancel'), onOk: () => act(() => calls.remove(i)) })}>{t('admin.delete')}</Button>
                      </Space>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      {kind === 'notifiers' && <DeliveryLog />}
      <Card size="small" title={t('plugins.installed')} style={{ marginTop: 12 }}>
        <ul className="archive">
          {catalogue.data?.plugins.filter((p) => (kind === 'channels' ? p.channelTypes.length : p.notifierTypes.length) || p.status !== 'STARTED').map((p) => (
            <li key={p.id} data-plugin={p.id}>
              <span><strong>{p.id}</strong> {p.version} <Tag color={STATUS_COLOR[p.status]}>{t(`plugins.pluginStatus.${p.status}`)}</Tag>
                <br /><Typography.Text type="secondary">{p.description}{p.provider && ` · ${p.provider}`}</Typography.Text>
                {p.problem && <div className="plugin-problem">{p.problem}</div>}</span>
              <span>{(kind === 'channels' ? p.channelTypes : p.notifierTypes).map((x) => <Tag key={x}>{x}</Tag>)}</span>
            </li>
          ))}
        </ul>
      </Card>
      {editing && catalogue.data && (
        <InstanceDialog kind={kind} types={catalogue.data.types} instance={editing === 'new' ? undefined : editing} events={events}
          calls={calls} onClose={(saved) => {
            setEditing(undefined);
            if (saved) { setMessage({ type: 'success', text: t('plugins.saved', { id: saved.id }) }); void refresh(); }
          }} />
      )}
      {testing && <TestRecipient instance={testing} mode={mode(testing)} onClose={(recipient) => {
        setTesting(undefined);
        if (recipient !== undefined) void runTest(testing, recipient);
      }} />}
    </section>
  );
}

/** Where a test of an e-mail or SMS notifier goes. */
function TestRecipient({ instance, mode, onClose }: { instance: Instance; mode?: string; onClose: (recipient?: string) => void }) {
  const { t } = useTranslation();
  const [recipient, setRecipient] = useState('');
  return (
    <Modal open title={t('plugins.testTitle', { id: instance.id })} okText={t('plugins.send')} cancelText={t('common.cancel')}
      onOk={() => onClose(recipient.trim())} onCancel={() => onClose()} okButtonProps={{ disabled: !recipient.trim() }}>
      <label htmlFor="test-recipient">{t(mode === 'phone' ? 'plugins.testPhone' : 'plugins.testEmail')}</label>
      <Input id="test-recipient" value={recipient} onChange={(e) => setRecipient(e.target.value)} />
    </Modal>
  );
}
