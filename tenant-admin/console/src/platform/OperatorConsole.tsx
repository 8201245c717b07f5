import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Layout, Modal, Select, Space, Tabs, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { must, type Schemas } from '../api/client';
import { ApiError } from '../api/problem';
import { useAuth } from '../auth/AuthContext';
import { LANGUAGES, rememberLanguage, switchLanguage, type Language } from '../i18n';
import { submitForm } from '../api/submitForm';
import { formatInstant } from '../lib/time';

const STATUS_COLOR: Record<string, string> = { UP: 'green', ACTIVE: 'green', DEGRADED: 'orange', DOWN: 'red', SUSPENDED: 'red',
  OUT_OF_SERVICE: 'red', UNKNOWN: 'default', STARTED: 'green', INCOMPATIBLE: 'orange', FAILED: 'red', CONFLICT: 'red' };
const BROWSER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The platform operator's console (a user of the platform tenant, role PLATFORM_OPERATOR): the tenants — create,
 * suspend, resume — and the platform's health.
 */
export default function OperatorConsole() {
  const { t, i18n } = useTranslation();
  const { session, signOut } = useAuth();
  const queryClient = useQueryClient();
  const changeLanguage = (language: Language) => {
    rememberLanguage(session?.user, language);
    void switchLanguage(language);
  };
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: 16, background: '#001529' }}>
        <Typography.Text strong style={{ color: '#fff', whiteSpace: 'nowrap' }}>{t('platform.title')}</Typography.Text>
        <Space style={{ marginLeft: 'auto' }}>
          <Select size="small" value={i18n.language as Language} onChange={changeLanguage} aria-label={t('common.language')}
            options={LANGUAGES.map((l) => ({ value: l, label: l === 'en' ? 'English' : '中文' }))} style={{ width: 100 }} />
          <Typography.Text style={{ color: '#fff' }} data-testid="current-user">{session?.user}</Typography.Text>
          <Button size="small" onClick={() => { queryClient.clear(); signOut(); }}>{t('common.signOut')}</Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 16 }}>
        <main>
          <h1 className="sr-only">{t('platform.title')}</h1>
          <Tabs items={[
            { key: 'tenants', label: t('platform.tenants'), children: <Tenants /> },
            { key: 'health', label: t('platform.health'), children: <Health /> },
          ]} />
        </main>
      </Layout.Content>
    </Layout>
  );
}

function Tenants() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const tenants = useQuery({ queryKey: ['platform', 'tenants'], queryFn: () => must(api.GET('/api/v1/platform/tenants')) });
  const [creating, setCreating] = useState(false);
  const [filter, setFilter] = useState('');
  const [error, setError] = useState<string>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['platform', 'tenants'] });
  const toggle = (tenant: Schemas['TenantView']) => Modal.confirm({
    title: t(tenant.status === 'ACTIVE' ? 'platform.suspendConfirm' : 'platform.resumeConfirm', { name: tenant.displayName }),
    content: tenant.status === 'ACTIVE' ? t('platform.suspendText') : undefined,
    okText: t(tenant.status === 'ACTIVE' ? 'platform.suspend' : 'platform.resume'), cancelText: t('common.cancel'),
    okButtonProps: { danger: tenant.status === 'ACTIVE' },
    onOk: async () => {
      try {
        await must(tenant.status === 'ACTIVE'
          ? api.POST('/api/v1/platform/tenants/{slug}/suspend', { params: { path: { slug: tenant.slug } } })
          : api.POST('/api/v1/platform/tenants/{slug}/resume', { params: { path: { slug: tenant.slug } } }));
      } catch (e) {
        if (e instanceof ApiError) setError(e.message);
      }
      await refresh();
    },
  });
  const shown = (tenants.data ?? []).filter((x) => !filter || `${x.slug} ${x.displayName}`.toLowerCase().includes(filter.toLowerCase()));
  return (
    <Card size="small" title={t('platform.tenantsCount', { count: tenants.data?.length ?? 0 })}
      extra={<Space>
        <Input.Search size="small" allowClear placeholder={t('platform.find')} aria-label={t('platform.find')} value={filter}
          onChange={(e) => setFilter(e.target.value)} style={{ width: 220 }} />
        <Button size="small" type="primary" onClick={() => setCreating(true)} data-testid="tenant-new">{t('platform.newTenant')}</Button>
      </Space>}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} closable onClose={() => setError(undefined)} />}
      <div className="case-table-wrap">
        <table className="case-table" data-testid="tenants">
          <thead><tr><th>{t('platform.slug')}</th><th>{t('platform.name')}</th><th>{t('platform.status')}</th><th>{t('platform.locale')}</th>
            <th>{t('platform.timeZone')}</th><th>{t('platform.created')}</th><th><span className="sr-only">{t('plugins.actions')}</span></th></tr></thead>
          <tbody>
            {shown.map((x) => (
              <tr key={x.slug} data-tenant={x.slug} data-status={x.status}>
                <td><Typography.Text code>{x.slug}</Typography.Text></td>
                <td>{x.displayName}</td>
                <td><Tag color={STATUS_COLOR[x.status]}>{t(`platform.tenantStatus.${x.status}`)}</Tag></td>
                <td>{x.locale}</td>
                <td>{x.timeZone}</td>
                <td>{formatInstant(x.createdAt, BROWSER_ZONE, i18n.language)}</td>
                <td>{x.slug !== 'platform' && (
                  <Button size="small" danger={x.status === 'ACTIVE'} onClick={() => toggle(x)}>
                    {t(x.status === 'ACTIVE' ? 'platform.suspend' : 'platform.resume')}</Button>
                )}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {creating && <NewTenant onClose={(created) => { setCreating(false); if (created) void refresh(); }} />}
    </Card>
  );
}

function NewTenant({ onClose }: { onClose: (created?: boolean) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [form] = Form.useForm<Schemas['NewTenant']>();
  const [error, setError] = useState<string>();
  const create = async () => {
    if (await submitForm(form, (v) => must(api.POST('/api/v1/platform/tenants', { body: v })), setError)) onClose(true);
  };
  return (
    <Modal open title={t('platform.newTenant')} onOk={() => void create()} onCancel={() => onClose()} okText={t('platform.create')}
      cancelText={t('common.cancel')} okButtonProps={{ 'data-testid': 'tenant-create' } as never}>
      <Typography.Paragraph type="secondary">{t('platform.newTenantText')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Form form={form} name="new-tenant" layout="vertical" initialValues={{ locale: 'zh-CN', timeZone: 'Asia/Shanghai' }}>
        <Form.Item name="slug" label={t('platform.slug')} extra={t('platform.slugHint')} rules={[{ required: true, message: t('common.required') }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="displayName" label={t('platform.name')} rules={[{ required: true, message: t('common.required') }]}><Input maxLength={200} /></Form.Item>
        <div className="form-row">
          <Form.Item name="locale" label={t('platform.locale')}><Select options={[{ value: 'zh-CN', label: '中文 (zh-CN)' }, { value: 'en', label: 'English (en)' }]} /></Form.Item>
          <Form.Item name="timeZone" label={t('platform.timeZone')}><Input /></Form.Item>
        </div>
      </Form>
    </Modal>
  );
}

function Health() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const health = useQuery({ queryKey: ['platform', 'health'], refetchInterval: 15_000, queryFn: () => must(api.GET('/api/v1/platform/health')) });
  const h = health.data;
  const latency = (l: Schemas['Latency'] | null | undefined) => (l && l.count
    ? t('platform.latency', { mean: Math.round(l.meanMillis), max: Math.round(l.maxMillis), count: l.count }) : t('platform.noSamples'));
  if (!h) return null;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <Alert type={h.status === 'UP' ? 'success' : h.status === 'DEGRADED' ? 'warning' : 'error'} showIcon data-testid="platform-status"
        title={t(`platform.overall.${h.status}`, { defaultValue: h.status })}
        description={t('platform.checkedAt', { at: formatInstant(h.at, BROWSER_ZONE, i18n.language) })} />
      <Card size="small" title={t('platform.services')}>
        <Space wrap>{h.components.map((c) => <Tag key={c.name} color={STATUS_COLOR[c.status]} data-component={c.name}>{c.name}: {c.status}</Tag>)}</Space>
      </Card>
      <Card size="small" title={t('platform.pipelines')}>
        <dl className="figures">
          <div><dt>{t('platform.indexLag')}</dt><dd data-testid="index-lag">{h.indexLag ? latency(h.indexLag) : t('platform.databaseSearch')}</dd></div>
          <div><dt>{t('platform.indexBacklog')}</dt><dd>{h.indexBacklog ?? t('platform.databaseSearch')}</dd></div>
          <div><dt>{t('platform.timerLateness')}</dt><dd data-testid="timer-lateness">{latency(h.timerLateness)}</dd></div>
        </dl>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('platform.thisNode')}</Typography.Text>
      </Card>
      <Card size="small" title={t('platform.plugins')}>
        <ul className="archive">
          {h.plugins.map((p) => (
            <li key={p.id} data-plugin={p.id}>
              <span><strong>{p.id}</strong> {p.version} <Tag color={STATUS_COLOR[p.status]}>{t(`plugins.pluginStatus.${p.status}`)}</Tag>
                <br /><Typography.Text type="secondary">{p.description}</Typography.Text>
                {p.problem && <div className="plugin-problem">{p.problem}</div>}</span>
              <span>{[...p.channelTypes, ...p.notifierTypes].map((x) => <Tag key={x}>{x}</Tag>)}</span>
            </li>
          ))}
        </ul>
      </Card>
    </Space>
  );
}
