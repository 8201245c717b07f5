import { useEffect, useState } from 'react';
import { Alert, App as AntApp, Button, Card, Col, Form, Input, InputNumber, Popconfirm, Row, Space, Typography } from 'antd';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { ifMatch, must, type Schemas } from '../api/client';
import { ApiError } from '../api/problem';
import { download } from '../lib/download';
import { formatInstant } from '../lib/time';
import { Pager } from '../workspace/Pager';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { AdminNav } from './AdminNav';

type Request = Schemas['ConsumerRequest'];
type CaseRef = Schemas['ConsumerCaseRef'];
type Policy = Schemas['RetentionPolicyChange'];
const PAGE_SIZE = 20;

/**
 * What the tenant does with consumers' personal data: answering a consumer's request (find the cases, hand over a
 * copy, erase the identity), the retention policy, the data keys, and the log of every access.
 */
export default function PersonalDataPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="personal-data-title">
      <AdminNav />
      <Typography.Title level={4} id="personal-data-title" style={{ marginTop: 0 }}>{t('personalData.title')}</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 860 }}>{t('personalData.intro')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}><ConsumerRequestCard /></Col>
        <Col xs={24} xl={10}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <RetentionCard />
            <KeysCard />
          </Space>
        </Col>
        <Col span={24}><AccessLog /></Col>
      </Row>
    </section>
  );
}

/** A consumer's verified request: look the cases up, export them (JSON, PDF), erase the identity from all of them. */
function ConsumerRequestCard() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const { message } = AntApp.useApp();
  const { tenant } = useWorkspace();
  const [form] = Form.useForm<Request>();
  const [cases, setCases] = useState<CaseRef[]>();
  const [outcome, setOutcome] = useState<{ type: 'success' | 'error' | 'warning'; text: string; held?: string[] }>();
  const [busy, setBusy] = useState<string>();

  const run = async (what: string, call: (request: Request) => Promise<void>) => {
    setOutcome(undefined);
    let request: Request;
    try {
      request = await form.validateFields();
    } catch {
      return;
    }
    setBusy(what);
    try {
      await call(request);
      void queryClient.invalidateQueries({ queryKey: ['admin', 'access-log'] });
    } catch (e) {
      if (e instanceof ApiError) {
        form.setFields(e.formFields((f) => f as keyof Request));
        const held = (e.problem as { heldCases?: { caseNumber: string; reason: string }[] }).heldCases;
        setOutcome({ type: 'error', text: e.message, held: held?.map((h) => `${h.caseNumber}: ${h.reason}`) });
      } else {
        setOutcome({ type: 'error', text: String(e) });
      }
    } finally {
      setBusy(undefined);
    }
  };
  const lookup = () => run('lookup', async (request) => {
    setCases(await must(api.POST('/api/v1/admin/personal-data/requests/lookup', { body: request })));
  });
  const exportAs = (format: 'json' | 'pdf') => run(format, async (request) => {
    const accept = format === 'pdf' ? 'application/pdf' : 'application/json';
    const answer = await api.POST('/api/v1/admin/personal-data/requests/export',
      { body: request, headers: { Accept: accept }, parseAs: 'blob' });
    if (!answer.response.ok || !answer.data) {
      const problem = answer.response.headers.get('content-type')?.includes('json')
        ? JSON.parse(await (answer.error as Blob | undefined)?.text?.() ?? '{}') : {};
      throw new ApiError({ status: answer.response.status, title: problem.title ?? `HTTP ${answer.response.status}`, ...problem });
    }
    download(`personal-data.${format}`, answer.data as Blob);
    void message.success(t('personalData.exported'));
  });
  const erase = () => run('erase', async (request) => {
    const result = await must(api.POST('/api/v1/admin/personal-data/requests/erasure', { body: request }));
    setOutcome(result.erased.length > 0
      ? { type: 'success', text: t('personalData.erased', { count: result.erased.length, cases: result.erased.join(', ') }) }
      : { type: 'warning', text: t('personalData.nothingToErase') });
    // the erased cases no longer answer to the consumer's phone or e-mail: the list shows what became of them
    const erasedAt = new Date().toISOString();
    setCases((shown) => shown?.map((c) => (result.erased.includes(c.caseNumber) ? { ...c, legalHoldReason: '', anonymisedAt: erasedAt } : c)));
  });

  return (
    <Card size="small" title={t('personalData.requests')} data-testid="consumer-request">
      <Typography.Paragraph type="secondary">{t('personalData.requestsText')}</Typography.Paragraph>
      <Form form={form} name="consumer-request" layout="vertical">
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="phone" label={t('personalData.phone')}><Input autoComplete="off" data-testid="request-phone" /></Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="email" label={t('personalData.email')}><Input autoComplete="off" data-testid="request-email" /></Form.Item>
          </Col>
        </Row>
        <Form.Item name="reason" label={t('personalData.reason')} extra={t('personalData.reasonHelp')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input.TextArea rows={2} maxLength={500} data-testid="request-reason" />
        </Form.Item>
      </Form>
      <Space wrap>
        <Button type="primary" loading={busy === 'lookup'} onClick={() => void lookup()} data-testid="request-lookup">{t('personalData.lookup')}</Button>
        <Button loading={busy === 'json'} onClick={() => void exportAs('json')} data-testid="request-export-json">{t('personalData.exportJson')}</Button>
        <Button loading={busy === 'pdf'} onClick={() => void exportAs('pdf')} data-testid="request-export-pdf">{t('personalData.exportPdf')}</Button>
        <Popconfirm title={t('personalData.eraseConfirm')} okText={t('personalData.erase')} cancelText={t('common.cancel')}
          okButtonProps={{ danger: true, 'data-testid': 'request-erase-confirm' } as never} onConfirm={() => void erase()}>
          <Button danger loading={busy === 'erase'} data-testid="request-erase">{t('personalData.erase')}</Button>
        </Popconfirm>
      </Space>
      {outcome && (
        <Alert type={outcome.type} showIcon style={{ marginTop: 12 }} title={outcome.text} data-testid="request-outcome"
          description={outcome.held && <ul style={{ margin: 0 }}>{outcome.held.map((h) => <li key={h}>{h}</li>)}</ul>} />
      )}
      {cases && (
        <div className="case-table-wrap" style={{ marginTop: 12 }}>
          <table className="case-table" data-testid="request-cases">
            <thead><tr><th>{t('list.caseNumber')}</th><th>{t('list.status')}</th><th>{t('list.received')}</th>
              <th>{t('personalData.closed')}</th><th>{t('personalData.state')}</th></tr></thead>
            <tbody>
              {cases.length === 0 && <tr className="empty"><td colSpan={5}>{t('personalData.noCases')}</td></tr>}
              {cases.map((c) => (
                <tr key={c.id}>
                  <td><a href={`/console/cases/${c.id}`}>{c.caseNumber}</a></td>
                  <td>{t(`status.${c.status}`, { defaultValue: c.status })}</td>
                  <td className="nowrap">{formatInstant(c.receivedAt, tenant.timeZone, i18n.language)}</td>
                  <td className="nowrap">{c.closedAt ? formatInstant(c.closedAt, tenant.timeZone, i18n.language) : '—'}</td>
                  <td>{c.legalHoldReason ? <span className="tag tag-red" style={{ whiteSpace: 'normal' }} title={c.legalHoldReason}>{t('legalHold.held')}: {c.legalHoldReason}</span>
                    : c.anonymisedAt ? t('personalData.anonymised') : t('personalData.kept')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}

/** How long identities and the access log are kept; the timer runs each business day, or now on request. */
function RetentionCard() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const { tenant } = useWorkspace();
  const policy = useQuery({ queryKey: ['admin', 'retention'], queryFn: () => must(api.GET('/api/v1/admin/personal-data/retention-policy')) });
  const [form] = Form.useForm<Policy>();
  const [message, setMessage] = useState<{ type: 'success' | 'error'; text: string }>();
  useEffect(() => {
    if (policy.data) form.setFieldsValue({ anonymiseAfterBusinessDays: policy.data.anonymiseAfterBusinessDays, accessLogDays: policy.data.accessLogDays });
  }, [policy.data, form]);
  const save = async () => {
    setMessage(undefined);
    try {
      const values = await form.validateFields();
      await must(api.PUT('/api/v1/admin/personal-data/retention-policy', {
        params: { header: policy.data ? ifMatch(policy.data.version) : undefined } as never,
        body: { anonymiseAfterBusinessDays: values.anonymiseAfterBusinessDays ?? undefined, accessLogDays: values.accessLogDays } }));
      setMessage({ type: 'success', text: t('personalData.policySaved') });
      await queryClient.invalidateQueries({ queryKey: ['admin', 'retention'] });
    } catch (e) {
      if (e instanceof ApiError) {
        form.setFields(e.formFields((f) => f as keyof Policy));
        setMessage({ type: 'error', text: e.status === 412 ? t('followUp.stale') : e.message });
      }
    }
  };
  const runNow = async () => {
    setMessage(undefined);
    try {
      const result = await must(api.POST('/api/v1/admin/personal-data/retention-policy/run'));
      setMessage({ type: 'success', text: t('personalData.ran', { erased: result.erased, removed: result.accessLogEntriesRemoved }) });
      await queryClient.invalidateQueries({ queryKey: ['admin', 'retention'] });
      void queryClient.invalidateQueries({ queryKey: ['admin', 'access-log'] });
    } catch (e) {
      setMessage({ type: 'error', text: e instanceof ApiError ? e.message : String(e) });
    }
  };
  const at = (instant?: string | null) => (instant ? formatInstant(instant, tenant.timeZone, i18n.language) : '—');
  return (
    <Card size="small" title={t('personalData.retention')} data-testid="retention-policy"
      extra={<Space>
        <Button size="small" onClick={() => void runNow()} data-testid="retention-run">{t('personalData.runNow')}</Button>
        <Button type="primary" size="small" onClick={() => void save()} data-testid="retention-save">{t('common.save')}</Button>
      </Space>}>
      {message && <Alert type={message.type} showIcon title={message.text} style={{ marginBottom: 12 }} />}
      <Form form={form} name="retention" layout="vertical">
        <Form.Item name="anonymiseAfterBusinessDays" label={t('personalData.anonymiseAfter')} extra={t('personalData.anonymiseAfterHelp')}>
          <InputNumber min={1} max={10000} addonAfter={t('personalData.businessDays')} style={{ width: 240 }} data-testid="retention-days" />
        </Form.Item>
        <Form.Item name="accessLogDays" label={t('personalData.accessLogDays')} rules={[{ required: true, message: t('common.required') }]}>
          <InputNumber min={30} max={10000} addonAfter={t('followUp.days')} style={{ width: 240 }} />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">
        {t('personalData.runs', { last: at(policy.data?.lastRunAt), next: at(policy.data?.nextRunAt) })}
      </Typography.Text>
    </Card>
  );
}

/** The tenant's data keys: which version seals, how many cases still wait for it, and a rotation. */
function KeysCard() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const { tenant } = useWorkspace();
  const keys = useQuery({
    queryKey: ['admin', 'data-keys'],
    queryFn: () => must(api.GET('/api/v1/admin/personal-data/keys')),
    refetchInterval: (q) => ((q.state.data?.unsealed ?? 0) > 0 ? 3000 : false),
  });
  const [error, setError] = useState<string>();
  const rotate = async () => {
    setError(undefined);
    try {
      queryClient.setQueryData(['admin', 'data-keys'], await must(api.POST('/api/v1/admin/personal-data/keys/rotate')));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <Card size="small" title={t('personalData.keys')} data-testid="data-keys"
      extra={<Popconfirm title={t('personalData.rotateConfirm')} okText={t('personalData.rotate')} cancelText={t('common.cancel')}
        onConfirm={() => void rotate()}>
        <Button size="small" data-testid="keys-rotate">{t('personalData.rotate')}</Button>
      </Popconfirm>}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Typography.Paragraph type="secondary">{t('personalData.keysText')}</Typography.Paragraph>
      {keys.data && (
        <>
          <Typography.Paragraph data-testid="keys-status">
            {keys.data.unsealed > 0
              ? t('personalData.sealing', { version: keys.data.currentVersion, count: keys.data.unsealed })
              : t('personalData.sealed', { version: keys.data.currentVersion })}
          </Typography.Paragraph>
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {keys.data.versions.map((v) => (
              <li key={v.version}>{t('personalData.version', { version: v.version, at: formatInstant(v.createdAt, tenant.timeZone, i18n.language) })}
                {v.retiredAt && ` · ${t('personalData.retired', { at: formatInstant(v.retiredAt, tenant.timeZone, i18n.language) })}`}</li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}

/** Every reveal, download, lookup, export and erasure: who, when, which case, why. */
function AccessLog() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { tenant } = useWorkspace();
  const [page, setPage] = useState(0);
  const log = useQuery({
    queryKey: ['admin', 'access-log', page],
    placeholderData: keepPreviousData,
    queryFn: () => must(api.GET('/api/v1/admin/personal-data/access-log', { params: { query: { page, size: PAGE_SIZE } } })),
  });
  return (
    <Card size="small" title={t('personalData.accessLog')}>
      <div className="case-table-wrap">
        <table className="case-table audit" data-testid="access-log">
          <thead><tr><th>{t('audit.when')}</th><th>{t('audit.who')}</th><th>{t('audit.what')}</th><th>{t('list.caseNumber')}</th><th>{t('personalData.reason')}</th></tr></thead>
          <tbody>
            {log.data?.items.length === 0 && <tr className="empty"><td colSpan={5}>{t('audit.empty')}</td></tr>}
            {log.data?.items.map((e) => (
              <tr key={e.id} data-action={e.action}>
                <td className="nowrap">{formatInstant(e.recordedAt, tenant.timeZone, i18n.language)}</td>
                <td>{e.actor}</td>
                <td>{t(`personalData.actions.${e.action}`)}</td>
                <td>{e.complaintId ? <a href={`/console/cases/${e.complaintId}`}>{e.caseNumber}</a> : e.caseNumber}</td>
                <td className="audit-details">{e.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager page={page} pageSize={PAGE_SIZE} total={log.data?.totalItems ?? 0} onPage={setPage} />
    </Card>
  );
}
