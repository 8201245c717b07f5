import { useState } from 'react';
import { Alert, Button, Descriptions, Form, Input, InputNumber, Modal, Radio, Select, Space, Switch, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { must, type CaseAction, type ComplaintView } from '../api/client';
import { ApiError } from '../api/problem';
import { changedFields, perform, type ActionValues } from './caseActions';
import { fieldValue } from './fieldValues';
import { formatInstant } from '../lib/time';
import { useDepartmentName, useWorkspace } from './WorkspaceContext';

const CATEGORIES = ['PRODUCT_QUALITY', 'PRODUCT_PERFORMANCE', 'SERVICE_ATTITUDE', 'SERVICE_PROCESS', 'LEGAL_DISPUTE', 'OTHER'];
const REASON_ACTIONS: CaseAction[] = ['REOPEN', 'REJECT', 'WITHDRAW'];

interface Props {
  action: CaseAction;
  complaint: ComplaintView;
  /** Values to start the form with (e.g. the duplicate to merge into). */
  preset?: ActionValues;
  onDone: (after: ComplaintView) => void;
  onClose: () => void;
}

/**
 * One action's dialog: its form, sent with If-Match at the version the agent saw. A 412 shows what changed
 * meanwhile and keeps the agent's text; field errors from the server appear at their fields.
 */
export function ActionDialog({ action, complaint, preset, onDone, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [form] = Form.useForm<ActionValues>();
  const [seen, setSeen] = useState(complaint);
  const [stale, setStale] = useState<ComplaintView>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(values: ActionValues) {
    setBusy(true);
    setError(undefined);
    try {
      onDone(await perform(api, seen, action, values));
    } catch (e) {
      if (e instanceof ApiError && e.status === 412) {
        setStale(await must(api.GET('/api/v1/complaints/{id}', { params: { path: { id: seen.id } } })));
      } else if (e instanceof ApiError) {
        const fields = e.formFields();
        form.setFields(fields);
        setError(fields.length ? undefined : e.message);
      } else {
        setError(String(e));
      }
    } finally {
      setBusy(false);
    }
  }

  const useCurrent = () => {
    if (stale) setSeen(stale);
    setStale(undefined);
  };

  return (
    <Modal open title={t(`action.${action}`)} okText={t('common.submit')} cancelText={t('common.cancel')}
      onOk={() => form.submit()} onCancel={onClose} confirmLoading={busy} destroyOnHidden width={action === 'TRIAGE' ? 720 : 560}
      okButtonProps={{ disabled: !!stale, 'data-testid': 'action-submit' } as never}>
      {stale && <StaleNotice before={seen} after={stale} onUse={useCurrent} />}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark="optional" initialValues={{ ...initialValues(action, seen), ...preset }}
        key={`${action}`}>
        <ActionFields action={action} complaint={seen} language={i18n.language} />
      </Form>
    </Modal>
  );
}

function initialValues(action: CaseAction, c: ComplaintView): ActionValues {
  switch (action) {
    case 'TRIAGE':
      return { category: c.category ?? undefined, complexity: c.complexity ?? 'GENERAL', urgency: c.urgency ?? 'NORMAL',
        urgencyReason: c.urgencyReason ?? undefined };
    case 'RECORD_SOLUTION_ANSWER':
      return { answer: 'ACCEPTED' };
    case 'FOLLOW_UP':
      return { outcome: 'SATISFIED', satisfaction: 5, problemSolved: true };
    case 'PAUSE':
      return { kind: 'WAITING_ON_CONSUMER' };
    case 'ASSIGN':
      return { userId: c.assigneeUserId ?? undefined };
    default:
      return {};
  }
}

/** What changed while the agent was typing; their text stays in the form below. */
function StaleNotice({ before, after, onUse }: { before: ComplaintView; after: ComplaintView; onUse: () => void }) {
  const { t, i18n } = useTranslation();
  const { tenant } = useWorkspace();
  const departmentName = useDepartmentName();
  const time = (iso: string) => formatInstant(iso, tenant.timeZone, i18n.language);
  const changes = changedFields(before, after);
  return (
    <Alert type="warning" showIcon role="alert" data-testid="stale-notice" style={{ marginBottom: 12 }}
      title={t('stale.title')}
      description={
        <Space direction="vertical" style={{ width: '100%' }}>
          <span>{t('stale.text', { version: after.version })}</span>
          <Descriptions size="small" column={1} bordered
            items={changes.map((c) => ({ key: c.field, label: t(`fieldName.${c.field}`, { defaultValue: c.field }),
              children: `${fieldValue(c.field, c.before, t, departmentName, time)} → ${fieldValue(c.field, c.after, t, departmentName, time)}` }))} />
          <Button type="link" onClick={onUse} style={{ padding: 0, alignSelf: 'flex-start' }}>{t('stale.apply')}</Button>
        </Space>
      } />
  );
}

const required = (t: (k: string) => string) => [{ required: true, message: t('common.required') }];

function ActionFields({ action, complaint, language }: { action: CaseAction; complaint: ComplaintView; language: string }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const departmentName = useDepartmentName();
  switch (action) {
    case 'TRIAGE':
      return (
        <>
          <TriageAssistance complaint={complaint} />
          <Form.Item name="category" label={t('form.category')} rules={required(t)}>
            <Select options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))} />
          </Form.Item>
          <Form.Item name="complexity" label={t('form.complexity')} rules={required(t)}>
            <Radio.Group optionType="button" options={['SIMPLE', 'GENERAL', 'COMPLEX'].map((c) => ({ value: c, label: t(`complexity.${c}`) }))} />
          </Form.Item>
          <Form.Item name="urgency" label={t('form.urgency')} rules={required(t)}>
            <Radio.Group optionType="button" options={['NORMAL', 'URGENT'].map((u) => ({ value: u, label: t(`urgency.${u}`) }))} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.urgency !== b.urgency}>
            {({ getFieldValue }) => getFieldValue('urgency') === 'URGENT' && (
              <Form.Item name="urgencyReason" label={t('form.urgencyReason')} rules={required(t)}>
                <Input maxLength={500} />
              </Form.Item>
            )}
          </Form.Item>
        </>
      );
    case 'RESOLVE':
      return <Form.Item name="resolution" label={t('form.resolution')} rules={required(t)}><Input.TextArea rows={4} /></Form.Item>;
    case 'TRANSFER':
      return (
        <>
          <Form.Item name="toDepartmentId" label={t('form.toDepartment')} rules={required(t)}>
            <Select options={workspace.departments.filter((d) => d.id !== complaint.departmentId)
              .map((d) => ({ value: d.id, label: departmentName(d.id) }))} />
          </Form.Item>
          <Form.Item name="toUserId" label={t('form.toUser')}><Input maxLength={100} /></Form.Item>
          <Form.Item name="note" label={t('form.note')}><Input.TextArea rows={3} /></Form.Item>
        </>
      );
    case 'RECORD_PROGRESS':
      return (
        <>
          <ReplyTemplatePicker complaint={complaint} purpose="PROGRESS" field="message" language={language} />
          <Form.Item name="message" label={t('form.message')} rules={required(t)}><Input.TextArea rows={4} /></Form.Item>
        </>
      );
    case 'PROPOSE_SOLUTION':
      return (
        <>
          <ReplyTemplatePicker complaint={complaint} purpose="SOLUTION" field="text" language={language} />
          <Form.Item name="text" label={t('form.solution')} rules={required(t)}><Input.TextArea rows={5} /></Form.Item>
        </>
      );
    case 'RECORD_SOLUTION_ANSWER':
      return (
        <>
          <Typography.Paragraph>{[...complaint.solutions].reverse().find((s) => s.status === 'PROPOSED')?.text}</Typography.Paragraph>
          <Form.Item name="answer" label={t('form.answer')} rules={required(t)}>
            <Radio.Group options={[{ value: 'ACCEPTED', label: t('form.accepted') }, { value: 'REJECTED', label: t('form.rejected') }]} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.answer !== b.answer}>
            {({ getFieldValue }) => getFieldValue('answer') === 'REJECTED' && (
              <Form.Item name="reason" label={t('form.reason')} rules={required(t)}><Input.TextArea rows={3} /></Form.Item>
            )}
          </Form.Item>
        </>
      );
    case 'FOLLOW_UP':
      return (
        <>
          <Form.Item name="outcome" label={t('form.outcome')} rules={required(t)}>
            <Radio.Group options={['SATISFIED', 'DISSATISFIED', 'UNREACHABLE'].map((o) => ({ value: o, label: t(`outcome.${o}`) }))} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.outcome !== b.outcome}>
            {({ getFieldValue }) => getFieldValue('outcome') !== 'UNREACHABLE' && (
              <>
                <Form.Item name="satisfaction" label={t('form.satisfaction')}><InputNumber min={1} max={5} /></Form.Item>
                <Form.Item name="problemSolved" label={t('form.problemSolved')} valuePropName="checked"><Switch /></Form.Item>
              </>
            )}
          </Form.Item>
          <Form.Item name="comment" label={t('form.comment')}><Input.TextArea rows={3} /></Form.Item>
        </>
      );
    case 'PAUSE':
      return (
        <>
          <Form.Item name="kind" label={t('form.waitingKind')} rules={required(t)}>
            <Radio.Group options={['WAITING_ON_CONSUMER', 'WAITING_ON_INSPECTION'].map((k) => ({ value: k, label: t(`waiting.${k}`) }))} />
          </Form.Item>
          <Form.Item name="reason" label={t('form.reason')} rules={required(t)}><Input.TextArea rows={3} /></Form.Item>
        </>
      );
    case 'ASSIGN':
      return (
        <Form.Item name="userId" label={t('form.userId')}>
          <Select allowClear showSearch options={[...new Set(workspace.departments.find((d) => d.id === complaint.departmentId)?.members ?? [])]
            .map((m) => ({ value: m, label: m }))} />
        </Form.Item>
      );
    case 'MERGE':
      return <MergeFields complaint={complaint} />;
    case 'RESUME':
    case 'ACKNOWLEDGE':
      return <Typography.Paragraph>{complaint.caseNumber} · {t(`action.${action}`)}</Typography.Paragraph>;
    default:
      return REASON_ACTIONS.includes(action)
        ? <Form.Item name="reason" label={t('form.reason')} rules={required(t)}><Input.TextArea rows={3} /></Form.Item>
        : null;
  }
}

/** Canned replies of a purpose, filled in for this case by the server; picking one fills the field. */
function ReplyTemplatePicker({ complaint, purpose, field, language }:
  { complaint: ComplaintView; purpose: 'PROGRESS' | 'SOLUTION'; field: string; language: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const form = Form.useFormInstance();
  const templates = useQuery({
    queryKey: ['reply-templates', purpose, language],
    queryFn: () => must(api.GET('/api/v1/reply-templates', { params: { query: { purpose, locale: language } } })),
  });
  const fill = async (key: string) => {
    const filled = await must(api.GET('/api/v1/complaints/{id}/replies/{key}', {
      params: { path: { id: complaint.id, key }, query: { locale: language } } }));
    form.setFieldValue(field, filled.text);
  };
  if (!templates.data?.length) return null;
  return (
    <Form.Item label={t('form.template')}>
      <Select allowClear aria-label={t('form.template')} onChange={(key?: string) => key && fill(key)}
        options={templates.data.map((tpl) => ({ value: tpl.key, label: tpl.title }))} />
    </Form.Item>
  );
}

/** The triage hints with their evidence words, and where routing would send the case and why. */
function TriageAssistance({ complaint }: { complaint: ComplaintView }) {
  const { t } = useTranslation();
  const api = useApi();
  const departmentName = useDepartmentName();
  const hints = useQuery({
    queryKey: ['complaint', complaint.id, 'hints'],
    queryFn: () => must(api.GET('/api/v1/complaints/{id}/hints', { params: { path: { id: complaint.id } } })),
  });
  const routing = useQuery({
    queryKey: ['complaint', complaint.id, 'routing'],
    queryFn: () => must(api.GET('/api/v1/complaints/{id}/routing-suggestion', { params: { path: { id: complaint.id } } })),
  });
  const h = hints.data;
  const r = routing.data;
  return (
    <section aria-label={t('case.hints')} style={{ marginBottom: 12 }}>
      {h && (
        <Space wrap style={{ marginBottom: 8 }} data-testid="triage-hints">
          {h.urgent.suggested && <span className="tag tag-red">{t('case.hintUrgent')}: {h.urgent.evidence.join('、')}</span>}
          {h.legal.suggested && <span className="tag tag-purple">{t('case.hintLegal')}: {h.legal.evidence.join('、')}</span>}
          {h.emotion.score > 0 && <span className="tag tag-orange">{t('case.emotion')}: {h.emotion.level} {h.emotion.words.join('、')}</span>}
        </Space>
      )}
      {h && <EvidenceText text={complaint.description} words={[...h.urgent.evidence, ...h.legal.evidence, ...h.emotion.words]} />}
      {r && (
        <details>
          <summary>{t('case.routing')}: <strong>{departmentName(r.departmentId)}</strong> {r.defaulted ? `(${t('case.defaulted')})` : r.ruleName ? `(${r.ruleName})` : ''}</summary>
          <ol aria-label={t('case.routingTrace')}>
            {r.trace.map((rule) => (
              <li key={rule.ruleId}>{rule.name}: {rule.matched ? t('case.matched') : t('case.notMatched')}</li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}

/** The complaint's text with the hints' evidence words marked. */
export function EvidenceText({ text, words }: { text: string; words: string[] }) {
  const unique = [...new Set(words.filter((w) => w))];
  if (!unique.length) return <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{text}</Typography.Paragraph>;
  const pattern = new RegExp(`(${unique.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi');
  return (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="evidence-text">
      {text.split(pattern).map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part))}
    </Typography.Paragraph>
  );
}

/** Merging closes this case into another open one: chosen among its likely duplicates. */
function MergeFields({ complaint }: { complaint: ComplaintView }) {
  const { t } = useTranslation();
  const api = useApi();
  const duplicates = useQuery({
    queryKey: ['complaint', complaint.id, 'duplicates'],
    queryFn: () => must(api.GET('/api/v1/complaints/{id}/duplicates', { params: { path: { id: complaint.id } } })),
  });
  return (
    <>
      <Form.Item name="primaryId" label={t('form.primary')} rules={required(t)}>
        <Select options={(duplicates.data ?? []).map((d) => ({ value: d.id, label: `${d.caseNumber} · ${t(`status.${d.status}`)}` }))} />
      </Form.Item>
      <Form.Item name="reason" label={t('form.reason')} rules={required(t)}><Input.TextArea rows={3} /></Form.Item>
    </>
  );
}
