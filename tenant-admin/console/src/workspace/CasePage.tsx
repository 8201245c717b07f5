import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Alert, App as AntApp, Button, Card, Col, Descriptions, Empty, Input, List, Result, Row, Space, Spin, Table,
  Timeline, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useApi } from '../api/ApiContext';
import { must, type CaseAction, type ComplaintView } from '../api/client';
import { ApiError } from '../api/problem';
import { useAuth } from '../auth/AuthContext';
import { formatInstant } from '../lib/time';
import { ActionDialog, EvidenceText } from './ActionDialog';
import { DIALOG_ACTIONS, PRIMARY } from './caseActions';
import { DueTag } from './DueTag';
import { fieldValue, timelineSummary } from './fieldValues';
import { StatusTag } from './StatusTag';
import { useShortcuts } from './useShortcuts';
import { useDepartmentName, useWorkspace } from './WorkspaceContext';
import { withScreenTexts } from '../i18n';

// closed cases like this one with the solution that worked: a panel with texts of its own, loaded after the case
const SimilarResolved = lazy(() => withScreenTexts(import('./SimilarResolved')));
// marking a closed case for the library: a supervisor's dialog, loaded when opened
const LibraryEntryDialog = lazy(() => import('../improvement/LibraryPage').then((m) => ({ default: m.LibraryEntryDialog })));

/** The case route: antd's App only here, where "done" messages pop up (the list does without its script). */
export default function CasePageRoute() {
  return <AntApp component={false}><CasePage /></AntApp>;
}

/** A case: what the consumer said, its deadlines, its history, and the actions the reader may take now. */
function CasePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = AntApp.useApp();
  const [dialog, setDialog] = useState<{ action: CaseAction; preset?: Record<string, unknown> }>();
  const [marking, setMarking] = useState(false);
  const { supervisor } = useWorkspace();

  const query = useQuery({
    queryKey: ['complaint', id],
    queryFn: () => must(api.GET('/api/v1/complaints/{id}', { params: { path: { id } } })),
    retry: (count, e) => !(e instanceof ApiError && (e.status === 404 || e.status === 400)) && count < 2,
  });
  const shortcuts = useMemo(() => ({ Escape: () => navigate(-1) }), [navigate]);
  useShortcuts(shortcuts, !dialog);

  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return <Result status="404" title={t('notFound.title')} subTitle={t('notFound.text')}
      extra={<Button type="primary" onClick={() => navigate('/cases')}>{t('notFound.back')}</Button>} />;
  }
  if (query.isError) return <Result status="error" title={t('common.error')} subTitle={String(query.error)} />;
  if (!query.data) return <Spin style={{ display: 'block', margin: '20vh auto' }} />;
  const c = query.data;

  const done = (after: ComplaintView, action: CaseAction) => {
    queryClient.setQueryData(['complaint', id], after);
    void queryClient.invalidateQueries({ queryKey: ['complaints'] });
    void queryClient.invalidateQueries({ queryKey: ['queues'] });
    void queryClient.invalidateQueries({ queryKey: ['complaint', id, 'timeline'] });
    setDialog(undefined);
    void message.success(t('action.done', { action: t(`action.${action}`) }));
  };
  const actions = DIALOG_ACTIONS.filter((a) => c.allowedActions.includes(a));

  return (
    <article aria-labelledby="case-title">
      <Space wrap align="center" style={{ marginBottom: 12 }}>
        <Typography.Title level={3} id="case-title" style={{ margin: 0 }}>{c.caseNumber}</Typography.Title>
        <StatusTag status={c.status} />
        {c.urgency === 'URGENT' && <span className="tag tag-red">{t('urgency.URGENT')}</span>}
        {c.category && <span className="tag">{t(`category.${c.category}`)}</span>}
        {c.waitingKind && <span className="tag">{t(`waiting.${c.waitingKind}`)}: {c.waitingReason}</span>}
        <AlsoViewing id={c.id} />
      </Space>
      <nav aria-label={t('case.actions')} style={{ marginBottom: 16 }}>
        <Space wrap>
          {actions.map((a) => (
            <Button key={a} type={PRIMARY.includes(a) ? 'primary' : 'default'} danger={['REJECT', 'WITHDRAW'].includes(a)}
              onClick={() => setDialog({ action: a })} data-action={a}>
              {t(`action.${a}`)}
            </Button>
          ))}
          {supervisor && c.status === 'CLOSED' && (
            <Button onClick={() => setMarking(true)} data-testid="mark-library">{t('library.mark')}</Button>
          )}
        </Space>
      </nav>
      {marking && (
        <Suspense fallback={null}>
          <LibraryEntryDialog complaintId={c.id} onClose={(saved) => {
            setMarking(false);
            if (saved) void message.success(t('library.marked'));
          }} />
        </Suspense>
      )}
      {c.mergedInto && <Alert type="info" showIcon title={t('case.mergedInto')} style={{ marginBottom: 12 }}
        action={<Button size="small" onClick={() => navigate(`/cases/${c.mergedInto}`)}>→</Button>} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Complaint complaint={c} />
            <Clocks complaint={c} />
            <History complaint={c} />
            <CaseTimeline id={c.id} />
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <ConsumerCard complaint={c} />
            <LegalHoldCard complaint={c} onChanged={(after) => {
              queryClient.setQueryData(['complaint', id], after);
              void queryClient.invalidateQueries({ queryKey: ['complaint', id, 'timeline'] });
            }} />
            <Attachments complaint={c} onChanged={() => void queryClient.invalidateQueries({ queryKey: ['complaint', id] })} />
            <Duplicates complaint={c} onMerge={(primaryId) => setDialog({ action: 'MERGE', preset: { primaryId } })} />
            {!['CLOSED', 'REJECTED', 'WITHDRAWN', 'MERGED'].includes(c.status) && (
              <Suspense fallback={null}><SimilarResolved id={c.id} /></Suspense>
            )}
          </Space>
        </Col>
      </Row>
      {dialog && <ActionDialog action={dialog.action} complaint={c} preset={dialog.preset} onClose={() => setDialog(undefined)}
        onDone={(after) => done(after, dialog.action)} />}
    </article>
  );
}

/** "Also viewing: …": the page says every 20 s that the reader is here, and shows who else is. */
function AlsoViewing({ id }: { id: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const viewers = useQuery({
    queryKey: ['presence', id],
    queryFn: () => must(api.PUT('/api/v1/complaints/{id}/presence', { params: { path: { id } } })),
    refetchInterval: 20_000,
    refetchIntervalInBackground: true,
  });
  useEffect(() => () => {
    void api.DELETE('/api/v1/complaints/{id}/presence', { params: { path: { id } } });
  }, [api, id]);
  const others = viewers.data?.others ?? [];
  return others.length ? <span className="tag tag-geekblue" data-testid="also-viewing">{t('case.alsoViewing', { users: others.join(', ') })}</span> : null;
}

function Complaint({ complaint: c }: { complaint: ComplaintView }) {
  const { t, i18n } = useTranslation();
  const { tenant } = useWorkspace();
  const departmentName = useDepartmentName();
  return (
    <Card title={t('case.description')} size="small">
      <EvidenceText text={c.description} words={[]} />
      <Descriptions size="small" column={{ xs: 1, md: 2 }} items={[
        { key: 'subject', label: t('case.subject'), children: `${t(`subjectType.${c.subject.type}`)} · ${c.subject.name}${c.subject.reference ? ` (${c.subject.reference})` : ''}` },
        { key: 'expected', label: t('case.expected'), children: c.expectedResolution ?? '—' },
        { key: 'channel', label: t('case.channel'), children: t(`channel.${c.channel}`, { defaultValue: c.channel }) },
        { key: 'received', label: t('case.received'), children: formatInstant(c.receivedAt, tenant.timeZone, i18n.language) },
        { key: 'department', label: t('case.department'), children: departmentName(c.departmentId) },
        { key: 'assignee', label: t('case.assignee'), children: c.assigneeUserId ?? t('common.unassigned') },
        { key: 'round', label: t('case.round'), children: c.round },
        ...(c.resolution ? [{ key: 'resolution', label: t('case.resolution'), children: c.resolution }] : []),
      ]} />
    </Card>
  );
}

/** The consumer: name and contact details masked until the reader reveals them (each reveal is in the access log). */
function ConsumerCard({ complaint: c }: { complaint: ComplaintView }) {
  const { t } = useTranslation();
  const api = useApi();
  const [revealed, setRevealed] = useState<ComplaintView['consumer']>();
  const [busy, setBusy] = useState(false);
  const shown = revealed ?? c.consumer;
  const reveal = async () => {
    setBusy(true);
    try {
      setRevealed(await must(api.POST('/api/v1/complaints/{id}/contact/reveal', { params: { path: { id: c.id } } })));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('case.consumer')} size="small" extra={!revealed && (
      <Button size="small" onClick={reveal} loading={busy} data-testid="reveal-contact">{t('case.reveal')}</Button>)}>
      <Descriptions size="small" column={1} items={[
        { key: 'name', label: t('case.name'), children: shown.name },
        { key: 'phone', label: t('case.phone'), children: <span data-testid="consumer-phone">{shown.phone ?? '—'}</span> },
        { key: 'email', label: t('case.email'), children: shown.email ?? '—' },
        { key: 'address', label: t('case.address'), children: shown.address ?? '—' },
        { key: 'region', label: t('case.region'), children: [c.consumer.regionName, c.consumer.regionCode].filter(Boolean).join(' ') || '—' },
      ]} />
    </Card>
  );
}

/**
 * The legal hold: shown to everyone who sees the case; set (with the dispute as reason) and released by the legal
 * department and tenant admins. A held case keeps the consumer's identity until released.
 */
function LegalHoldCard({ complaint: c, onChanged }: { complaint: ComplaintView; onChanged: (after: ComplaintView) => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { message } = AntApp.useApp();
  const { roles, departments, myDepartmentIds, tenant } = useWorkspace();
  const [reason, setReason] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const mayHold = roles.includes('TENANT_ADMIN')
    || departments.some((d) => d.type === 'LEGAL' && myDepartmentIds.includes(d.id));
  const hold = c.legalHold;
  if (!hold && !mayHold && !c.anonymisedAt) return null;
  const change = async (place: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      const after = place
        ? await must(api.PUT('/api/v1/complaints/{id}/legal-hold', { params: { path: { id: c.id } }, body: { reason } }))
        : await must(api.DELETE('/api/v1/complaints/{id}/legal-hold', { params: { path: { id: c.id } } }));
      setReason(undefined);
      onChanged(after);
      void message.success(t(place ? 'legalHold.placed' : 'legalHold.released'));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('legalHold.title')} size="small" data-testid="legal-hold">
      {c.anonymisedAt && <Alert type="info" showIcon style={{ marginBottom: 8 }}
        title={t('legalHold.anonymised', { at: formatInstant(c.anonymisedAt, tenant.timeZone, i18n.language) })} />}
      {hold ? (
        <>
          <Typography.Paragraph style={{ marginBottom: 8 }} data-testid="legal-hold-reason">
            <span className="tag tag-red">{t('legalHold.held')}</span> {hold.reason}
          </Typography.Paragraph>
          <Typography.Text type="secondary">{t('legalHold.by', { who: hold.by, at: formatInstant(hold.at, tenant.timeZone, i18n.language) })}</Typography.Text>
          {mayHold && <div style={{ marginTop: 8 }}><Button size="small" loading={busy} onClick={() => void change(false)}
            data-testid="legal-hold-release">{t('legalHold.release')}</Button></div>}
        </>
      ) : mayHold && !c.anonymisedAt && (
        <Space.Compact style={{ width: '100%' }}>
          <Input size="small" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500}
            placeholder={t('legalHold.reason')} aria-label={t('legalHold.reason')} data-testid="legal-hold-input" />
          <Button size="small" loading={busy} disabled={!reason?.trim()} onClick={() => void change(true)}
            data-testid="legal-hold-place">{t('legalHold.place')}</Button>
        </Space.Compact>
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 8 }} />}
    </Card>
  );
}

function Clocks({ complaint: c }: { complaint: ComplaintView }) {
  const { t, i18n } = useTranslation();
  const { tenant } = useWorkspace();
  const open = c.clocks.filter((k) => k.state !== 'CANCELLED');
  return (
    <Card title={t('case.clocks')} size="small">
      {open.length === 0 ? <Empty description={t('case.noClocks')} image={Empty.PRESENTED_IMAGE_SIMPLE} /> : (
        <Table size="small" rowKey="id" pagination={false} dataSource={open} columns={[
          { title: t('case.clocks'), dataIndex: 'metric', render: (m: string) => t(`metric.${m}`) },
          { title: t('list.status'), dataIndex: 'state', render: (s: string) => t(`clockState.${s}`) },
          { title: t('case.due'), dataIndex: 'dueAt', render: (d: string) => formatInstant(d, tenant.timeZone, i18n.language) },
          {
            title: '', key: 'countdown',
            render: (_: unknown, k) => (k.metAt ? <span className="tag tag-green">{t('clockState.MET')}</span>
              : <DueTag dueAt={k.dueAt} metric={k.metric}
                state={k.state === 'RUNNING' && k.warnAt && Date.parse(k.warnAt) <= Date.now() ? 'AT_RISK' : k.state} />),
          },
        ]} />
      )}
    </Card>
  );
}

function History({ complaint: c }: { complaint: ComplaintView }) {
  const { t, i18n } = useTranslation();
  const { tenant } = useWorkspace();
  const departmentName = useDepartmentName();
  const at = (iso: string) => formatInstant(iso, tenant.timeZone, i18n.language);
  return (
    <Card size="small" title={`${t('case.handovers')} · ${t('case.solutions')} · ${t('case.progress')}`}>
      {c.handovers.length > 0 && (
        <List size="small" header={<strong>{t('case.handovers')}</strong>} dataSource={c.handovers} renderItem={(h) => (
          <List.Item data-testid="handover">
            {at(h.handedOverAt)} · {h.fromUserId} → {departmentName(h.toDepartmentId)}{h.toUserId ? ` (${h.toUserId})` : ''}
            {h.note ? ` · “${h.note}”` : ''} {h.pending ? <span className="tag tag-orange">{t('case.pending')}</span>
              : h.acknowledgedBy ? <span className="tag">{t('case.acknowledgedBy', { user: h.acknowledgedBy })}</span> : null}
          </List.Item>
        )} />
      )}
      {c.solutions.length > 0 && (
        <List size="small" header={<strong>{t('case.solutions')}</strong>} dataSource={c.solutions} renderItem={(s) => (
          <List.Item>{at(s.proposedAt)} · {s.text} <span className="tag">{t(`solutionStatus.${s.status}`)}</span>{s.rejectionReason ? ` “${s.rejectionReason}”` : ''}</List.Item>
        )} />
      )}
      {c.progress.length > 0 && (
        <List size="small" header={<strong>{t('case.progress')}</strong>} dataSource={c.progress} renderItem={(p) => (
          <List.Item>{at(p.recordedAt)} · {p.authorUserId}: {p.message}</List.Item>
        )} />
      )}
      {c.followUps.length > 0 && (
        <List size="small" header={<strong>{t('case.followUps')}</strong>} dataSource={c.followUps} renderItem={(f) => (
          <List.Item>{at(f.recordedAt)} · {t(`outcome.${f.outcome}`)}{f.satisfaction ? ` · ${f.satisfaction}/5` : ''}{f.comment ? ` · ${f.comment}` : ''}</List.Item>
        )} />
      )}
      {!c.handovers.length && !c.solutions.length && !c.progress.length && !c.followUps.length && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
    </Card>
  );
}

function CaseTimeline({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { tenant } = useWorkspace();
  const departmentName = useDepartmentName();
  const time = (iso: string) => formatInstant(iso, tenant.timeZone, i18n.language);
  const timeline = useQuery({
    queryKey: ['complaint', id, 'timeline'],
    queryFn: () => must(api.GET('/api/v1/complaints/{id}/timeline', { params: { path: { id } } })),
  });
  return (
    <Card title={t('case.timeline')} size="small">
      <Timeline items={(timeline.data ?? []).slice().reverse().map((e) => ({
        key: e.id,
        children: (
          <div data-timeline-type={e.type}>
            <Typography.Text strong>{t(`timelineType.${e.type}`, { defaultValue: e.type })}</Typography.Text>{' '}
            <Typography.Text type="secondary">{time(e.occurredAt)} · {t('case.by')} {e.actor}</Typography.Text>
            {timelineSummary(e, t) && <div>{timelineSummary(e, t)}</div>}
            {e.changes.length > 0 && (
              <ul style={{ margin: 0, paddingLeft: 18, fontSize: 12 }}>
                {e.changes.map((ch) => (
                  <li key={ch.field}>{t(`fieldName.${ch.field}`, { defaultValue: ch.field })}:{' '}
                    {fieldValue(ch.field, ch.before, t, departmentName, time)} → {fieldValue(ch.field, ch.after, t, departmentName, time)}</li>
                ))}
              </ul>
            )}
          </div>
        ),
      }))} />
    </Card>
  );
}

/** Files of the case: upload (with If-Match), download, and a preview of images and PDFs fetched with the token. */
function Attachments({ complaint: c, onChanged }: { complaint: ComplaintView; onChanged: () => void }) {
  const { t } = useTranslation();
  const { session } = useAuth();
  const { message } = AntApp.useApp();
  const [preview, setPreview] = useState<{ url: string; type: string }>();
  const open = async (attachmentId: string, contentType: string) => {
    const response = await fetch(`/api/v1/complaints/${c.id}/attachments/${attachmentId}`,
      { headers: { Authorization: `Bearer ${session?.token}` } });
    const url = URL.createObjectURL(await response.blob());
    if (contentType.startsWith('image/') || contentType === 'application/pdf') setPreview({ url, type: contentType });
    else window.open(url, '_blank', 'noopener');
  };
  return (
    <Card title={t('case.attachments')} size="small" extra={c.allowedActions.includes('ATTACH') && (
      <Upload showUploadList={false} customRequest={async ({ file, onSuccess, onError }) => {
        const body = new FormData();
        body.append('file', file as Blob);
        const response = await fetch(`/api/v1/complaints/${c.id}/attachments`, { method: 'POST', body,
          headers: { Authorization: `Bearer ${session?.token}`, 'If-Match': `"${c.version}"` } });
        if (response.ok) {
          onSuccess?.(null);
          onChanged();
        } else {
          const problem = await response.json().catch(() => ({}));
          void message.error(problem.detail ?? problem.title ?? `HTTP ${response.status}`);
          onError?.(new Error(String(response.status)));
        }
      }}>
        <Button size="small" icon={<UploadOutlined />}>{t('case.upload')}</Button>
      </Upload>
    )}>
      <List size="small" dataSource={c.attachments} locale={{ emptyText: '—' }} renderItem={(a) => (
        <List.Item><a onClick={() => open(a.id, a.contentType)} role="button" tabIndex={0}
          onKeyDown={(e) => e.key === 'Enter' && open(a.id, a.contentType)}>{a.fileName}</a>
          <Typography.Text type="secondary">{Math.ceil(a.sizeBytes / 1024)} KB</Typography.Text></List.Item>
      )} />
      {preview && (preview.type.startsWith('image/')
        ? <img src={preview.url} alt={t('case.attachments')} style={{ maxWidth: '100%' }} />
        : <object data={preview.url} type="application/pdf" width="100%" height="400" aria-label={t('case.attachments')} />)}
    </Card>
  );
}

function Duplicates({ complaint: c, onMerge }: { complaint: ComplaintView; onMerge: (primaryId: string) => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const { tenant } = useWorkspace();
  const duplicates = useQuery({
    queryKey: ['complaint', c.id, 'duplicates'],
    queryFn: () => must(api.GET('/api/v1/complaints/{id}/duplicates', { params: { path: { id: c.id } } })),
  });
  return (
    <Card title={t('case.duplicates')} size="small">
      <List size="small" dataSource={duplicates.data ?? []} locale={{ emptyText: t('case.noDuplicates') }} renderItem={(d) => (
        <List.Item actions={c.allowedActions.includes('MERGE') ? [
          <Button key="merge" size="small" onClick={() => onMerge(d.id)}>{t('action.MERGE')}</Button>] : []}>
          <List.Item.Meta
            title={<a onClick={() => navigate(`/cases/${d.id}`)}>{d.caseNumber}</a>}
            description={`${t(`status.${d.status}`)} · ${formatInstant(d.receivedAt, tenant.timeZone, i18n.language)} · ${t('case.similarity')} ${Math.round(d.textSimilarity * 100)}%`} />
        </List.Item>
      )} />
    </Card>
  );
}
