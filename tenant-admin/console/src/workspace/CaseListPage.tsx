import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button, Grid, Input, Select, Space, Typography, type InputRef } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useApi } from '../api/ApiContext';
import { must } from '../api/client';
import { BulkActions } from './BulkActions';
import { formatInstant } from '../lib/time';
import { CaseTable, type CaseRow } from './CaseTable';
import { Pager } from './Pager';
import { SaveViewButton } from './SavedViews';
import { useShortcuts } from './useShortcuts';
import { useDepartmentName, useWorkspace } from './WorkspaceContext';

const STATUSES = ['RECEIVED', 'TRIAGED', 'ASSIGNED', 'IN_PROGRESS', 'SOLUTION_PROPOSED', 'RESOLVED', 'FOLLOW_UP_PENDING',
  'CLOSED', 'REOPENED', 'REJECTED', 'WITHDRAWN', 'MERGED'] as const;
const CATEGORIES = ['PRODUCT_QUALITY', 'PRODUCT_PERFORMANCE', 'SERVICE_ATTITUDE', 'SERVICE_PROCESS', 'LEGAL_DISPUTE', 'OTHER'] as const;
const CHANNELS = ['phone', 'web', 'email', 'onsite'] as const;
const SORTS = ['receivedAt,desc', 'receivedAt,asc', 'nextDue', 'updatedAt,desc', 'caseNumber,asc'] as const;
const PAGE_SIZE = 50;
const ShortcutsHelp = lazy(() => import('./ShortcutsHelp'));

type Status = (typeof STATUSES)[number];
type CategoryName = (typeof CATEGORIES)[number];

/** The case list: a queue or filters, a search, paging, live, keyboard-driven (j/k/Enter, / and ?). */
export default function CaseListPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const workspace = useWorkspace();
  const departmentName = useDepartmentName();
  const screens = Grid.useBreakpoint();
  const [params, setParams] = useSearchParams();
  const [selected, setSelected] = useState(0);
  const [help, setHelp] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const search = useRef<InputRef>(null);

  const queue = params.has('queue') ? params.get('queue') || undefined : 'MINE';
  const q = params.get('q') ?? '';
  const statuses = params.getAll('status') as Status[];
  const category = (params.get('category') ?? undefined) as CategoryName | undefined;
  const channel = params.get('channel') ?? undefined;
  const department = params.get('department') ?? undefined;
  const sort = params.get('sort') ?? 'receivedAt,desc';
  // from the dashboard's charts: a period, and a region or product (search filters)
  const receivedFrom = params.get('receivedFrom') ?? undefined;
  const receivedTo = params.get('receivedTo') ?? undefined;
  const region = params.get('region') ?? undefined;
  const product = params.get('product') ?? undefined;
  const searching = !!q || !!region || !!product;
  const page = Number(params.get('page') ?? '0');

  const update = useCallback((changes: Record<string, string | string[] | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      next.delete(k);
      if (Array.isArray(v)) v.forEach((x) => next.append(k, x));
      else if (v !== undefined && v !== '') next.set(k, v);
    }
    if (!('page' in changes)) next.delete('page');
    if (!next.has('queue')) next.set('queue', queue ?? '');
    setParams(next);
  }, [params, setParams, queue]);

  const list = useQuery({
    queryKey: ['complaints', 'list', queue, statuses, category, channel, department, receivedFrom, receivedTo, sort, page],
    enabled: !searching,
    placeholderData: keepPreviousData,
    queryFn: () => must(api.GET('/api/v1/complaints', {
      params: {
        query: {
          queue: queue as never, status: statuses.length ? statuses : undefined, category, channel, department, sort,
          receivedFrom, receivedTo, page, size: PAGE_SIZE,
        },
      },
    })),
  });
  const found = useQuery({
    queryKey: ['complaints', 'search', q, statuses, category, channel, department, region, product, receivedFrom, receivedTo],
    enabled: searching,
    queryFn: () => must(api.GET('/api/v1/search/complaints', {
      params: {
        query: {
          q: q || undefined, status: statuses.length ? statuses : undefined, region: region ? [region] : undefined,
          product: product ? [product] : undefined, receivedFrom, receivedTo, category: category ? [category] : undefined,
          channel: channel ? [channel] : undefined, department: department ? [department] : undefined, size: PAGE_SIZE,
        },
      },
    })),
  });

  const rows: CaseRow[] = useMemo(() => {
    if (searching) {
      return (found.data?.hits ?? []).map((h) => ({
        id: h.id, caseNumber: h.caseNumber, receivedAt: h.receivedAt, subjectName: h.product ?? undefined,
        category: h.category, urgency: h.urgency, status: h.status, departmentId: h.departmentId,
        highlight: Object.values(h.highlights ?? {}).flat()[0],
      }));
    }
    return (list.data?.items ?? []).map((c) => ({ ...c }));
  }, [searching, found.data, list.data]);
  const total = searching ? found.data?.total ?? 0 : list.data?.totalItems ?? 0;

  useEffect(() => setSelected(0), [queue, q, page]);

  const shortcuts = useMemo(() => ({
    j: () => setSelected((s) => Math.min(s + 1, Math.max(rows.length - 1, 0))),
    k: () => setSelected((s) => Math.max(s - 1, 0)),
    Enter: () => rows[selected] && navigate(`/cases/${rows[selected].id}`),
    '/': () => search.current?.focus(),
    '?': () => setHelp(true),
    '[': () => page > 0 && update({ page: String(page - 1) }),
    ']': () => (page + 1) * PAGE_SIZE < total && update({ page: String(page + 1) }),
  }), [rows, selected, navigate, page, total, update]);
  useShortcuts(shortcuts, !help);

  useEffect(() => {
    document.querySelector(`[data-row-key="${rows[selected]?.id}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected, rows]);

  const chosenSet = useMemo(() => new Set(chosen), [chosen]);
  const choose = useCallback((ids: string[], on: boolean) => setChosen((current) => (on
    ? [...current, ...ids.filter((id) => !current.includes(id))]
    : current.filter((id) => !ids.includes(id)))), []);
  const open = useCallback((r: CaseRow, index: number) => {
    setSelected(index);
    navigate(`/cases/${r.id}`);
  }, [navigate]);

  return (
    <section aria-labelledby="list-title">
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4} id="list-title" style={{ margin: 0 }}>
          {q ? t('list.searchResults', { q }) : t(`queue.${queue ?? 'ALL'}`)}
          <Typography.Text type="secondary" style={{ fontSize: 14, marginLeft: 8 }}>{t('list.total', { count: total })}</Typography.Text>
        </Typography.Title>
        <Space wrap>
          <Input.Search ref={search} allowClear placeholder={t('list.searchPlaceholder')} aria-label={t('common.search')}
            defaultValue={q} key={q} onSearch={(value) => update({ q: value || undefined })} style={{ width: screens.md ? 320 : 220 }}
            onKeyDown={(e) => { if (e.key === 'Escape') (e.target as HTMLInputElement).blur(); }} />
          <SaveViewButton params={params} />
          <Button onClick={() => setHelp(true)} aria-keyshortcuts="?">{t('list.shortcuts')}</Button>
        </Space>
      </Space>
      <Space wrap style={{ marginBottom: 12 }} aria-label={t('list.filters')} role="group">
        <Select mode="multiple" allowClear placeholder={t('list.anyStatus')} aria-label={t('list.status')} style={{ minWidth: 180 }}
          value={statuses} onChange={(v) => update({ status: v })} options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
        <Select allowClear placeholder={t('list.anyCategory')} aria-label={t('list.category')} style={{ minWidth: 150 }}
          value={category} onChange={(v) => update({ category: v })} options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))} />
        <Select allowClear placeholder={t('list.anyChannel')} aria-label={t('case.channel')} style={{ minWidth: 130 }}
          value={channel} onChange={(v) => update({ channel: v })} options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))} />
        <Select allowClear placeholder={t('list.anyDepartment')} aria-label={t('list.department')} style={{ minWidth: 150 }}
          value={department} onChange={(v) => update({ department: v })}
          options={workspace.departments.map((d) => ({ value: d.id, label: i18n.language === 'en' ? d.nameEn : d.nameZh }))} />
        {!searching && (
          <Select aria-label="sort" value={sort} style={{ minWidth: 170 }} onChange={(v) => update({ sort: v })}
            options={SORTS.map((s) => ({ value: s, label: `${t(s.startsWith('nextDue') ? 'list.due' : s.startsWith('received')
              ? 'list.received' : s.startsWith('updated') ? 'case.timeline' : 'list.caseNumber')} ${s.endsWith('desc') ? '↓' : '↑'}` }))} />
        )}
      </Space>
      {(receivedFrom || receivedTo || region || product) && (
        <Space wrap style={{ marginBottom: 12 }} data-testid="period-filter">
          <Typography.Text>
            {[receivedFrom && `${t('list.receivedFrom')} ${formatInstant(receivedFrom, workspace.tenant.timeZone, i18n.language)}`,
              receivedTo && `${t('list.receivedBefore')} ${formatInstant(receivedTo, workspace.tenant.timeZone, i18n.language)}`,
              region && `${t('list.region')}: ${region}`, product && `${t('list.product')}: ${product}`]
              .filter(Boolean).join(' · ')}
          </Typography.Text>
          <Button size="small" onClick={() => update({ receivedFrom: undefined, receivedTo: undefined, region: undefined, product: undefined })}>
            {t('list.clearFilter')}
          </Button>
        </Space>
      )}
      <BulkActions ids={chosen} caseNumbers={Object.fromEntries(rows.map((r) => [r.id, r.caseNumber]))}
        onDone={() => setChosen([])} />
      <CaseTable rows={rows} selected={selected} chosen={chosenSet} timeZone={workspace.tenant.timeZone}
        departmentName={departmentName} onChoose={choose} onOpen={open}
        loading={searching ? found.isFetching && !found.data : list.isFetching && !list.data} />
      {!searching && <Pager page={page} pageSize={PAGE_SIZE} total={total} onPage={(p) => update({ page: String(p) })} />}
      {help && <Suspense fallback={null}><ShortcutsHelp onClose={() => setHelp(false)} /></Suspense>}
    </section>
  );
}
