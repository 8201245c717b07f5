import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, Row, Space, Switch, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../api/ApiContext';
import { ifMatch, must } from '../api/client';
import { ApiError } from '../api/problem';
import { formatInstant } from '../lib/time';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { AdminNav } from './AdminNav';
import { RoutingDryRun } from './RoutingDryRun';
import { RoutingRuleCard } from './RoutingRuleCard';
import { errorsByRule, move, newRule, toDraft, toRules, type DraftRule } from './routingDraft';

/**
 * The routing rules: an ordered list (the first rule that holds decides), edited as a draft — reordered by dragging or
 * with the arrows, tried on a sample with the trace of every rule before it is saved as a new version — with the
 * version history (any version can be loaded back into the editor) and whether web and channel intake is routed
 * automatically.
 */
export default function RoutingRulesPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const { tenant } = useWorkspace();
  const current = useQuery({ queryKey: ['admin', 'routing', 'current'], queryFn: () => must(api.GET('/api/v1/admin/routing-rules')) });
  const versions = useQuery({ queryKey: ['admin', 'routing', 'versions'], queryFn: () => must(api.GET('/api/v1/admin/routing-rules/versions')) });
  const settings = useQuery({ queryKey: ['admin', 'routing', 'settings'], queryFn: () => must(api.GET('/api/v1/admin/routing-rules/settings')) });
  const departments = useQuery({ queryKey: ['admin', 'departments'], queryFn: () => must(api.GET('/api/v1/admin/departments')) });
  const [draft, setDraft] = useState<DraftRule[]>([]);
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ type: 'success' | 'error' | 'info'; text: string }>();
  const [from, setFrom] = useState<number>();

  useEffect(() => {
    if (current.data && !dirty) setDraft(toDraft(current.data.rules));
  }, [current.data, dirty]);

  const edit = (next: DraftRule[]) => {
    setDraft(next);
    setDirty(true);
    setMessage(undefined);
  };
  const save = async () => {
    try {
      const saved = await must(api.PUT('/api/v1/admin/routing-rules', {
        params: { header: ifMatch(current.data?.version ?? 0) } as never, body: toRules(draft) }));
      setErrors({});
      setDirty(false);
      setMessage({ type: 'success', text: t('routing.saved', { version: saved.version }) });
      await queryClient.invalidateQueries({ queryKey: ['admin', 'routing'] });
    } catch (e) {
      if (e instanceof ApiError) {
        setErrors(e.fieldErrors());
        setMessage({ type: 'error', text: e.status === 412 ? t('routing.stale') : e.message });
      }
    }
  };
  const toggleAuto = async (on: boolean) => {
    await must(api.PUT('/api/v1/admin/routing-rules/settings', { body: { autoRouteIntake: on } }));
    await queryClient.invalidateQueries({ queryKey: ['admin', 'routing', 'settings'] });
  };
  const byRule = errorsByRule(errors);
  const firstDepartment = departments.data?.[0]?.id ?? '';

  return (
    <section aria-labelledby="routing-title">
      <AdminNav />
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} id="routing-title" style={{ margin: 0 }}>
          {t('routing.title')} {current.data && current.data.version > 0
            && <Typography.Text type="secondary">{t('sla.version', { version: current.data.version })}</Typography.Text>}
        </Typography.Title>
        <Space wrap>
          {dirty && <Typography.Text type="warning">{t('routing.unsaved')}</Typography.Text>}
          {dirty && <Button onClick={() => { setDirty(false); setErrors({}); if (current.data) setDraft(toDraft(current.data.rules)); }}>{t('routing.discard')}</Button>}
          <Button type="primary" disabled={!dirty} onClick={() => void save()} data-testid="routing-save">{t('routing.save')}</Button>
        </Space>
      </Space>
      {message && <Alert type={message.type} showIcon title={message.text} style={{ marginBottom: 12 }} />}
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={14}>
          <Card size="small" style={{ marginBottom: 12 }}>
            <Space align="start">
              <Switch checked={settings.data?.autoRouteIntake ?? false} onChange={(on) => void toggleAuto(on)} id="auto-route"
                data-testid="auto-route" />
              <label htmlFor="auto-route">
                <Typography.Text strong>{t('routing.autoRoute')}</Typography.Text><br />
                <Typography.Text type="secondary">{t('routing.autoRouteText')}</Typography.Text>
              </label>
            </Space>
          </Card>
          {draft.length === 0 && <Alert type="info" showIcon title={t('routing.empty')} style={{ marginBottom: 12 }} />}
          <ol className="routing-rules" aria-label={t('routing.title')}>
            {draft.map((rule, i) => (
              <RoutingRuleCard key={rule.key} rule={rule} index={i} count={draft.length} departments={departments.data ?? []}
                errors={byRule.get(i)} dragging={{ from, setFrom }}
                onChange={(r) => edit(draft.map((x, k) => (k === i ? r : x)))}
                onMove={(to) => edit(move(draft, from ?? i, to))}
                onRemove={() => edit(draft.filter((_, k) => k !== i))} />
            ))}
          </ol>
          <Button icon={<PlusOutlined />} onClick={() => edit([...draft, newRule('', firstDepartment)])} data-testid="routing-add">
            {t('routing.add')}
          </Button>
        </Col>
        <Col xs={24} xl={10}>
          <RoutingDryRun draft={draft} departments={departments.data ?? []} onErrors={setErrors} />
          <Card size="small" title={t('routing.versions')} style={{ marginTop: 12 }}
            extra={<Link to="/admin/audit">{t('audit.title')}</Link>}>
            {versions.data?.length ? (
              <ul className="archive">
                {versions.data.map((v) => (
                  <li key={v.version} data-version={v.version}>
                    <span>{t('sla.version', { version: v.version })} · {v.changedBy} · {formatInstant(v.changedAt, tenant.timeZone, i18n.language)}
                      <br /><Typography.Text type="secondary">{t('routing.ruleCount', { count: v.rules.length })}: {v.rules.map((r) => r.name).join('、')}</Typography.Text></span>
                    <Button size="small" onClick={() => { edit(toDraft(v.rules)); setMessage({ type: 'info', text: t('routing.loaded', { version: v.version }) }); }}>
                      {t('routing.load')}
                    </Button>
                  </li>
                ))}
              </ul>
            ) : <Typography.Text type="secondary">{t('routing.noVersions')}</Typography.Text>}
          </Card>
        </Col>
      </Row>
    </section>
  );
}
