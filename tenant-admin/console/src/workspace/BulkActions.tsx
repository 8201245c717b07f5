import { lazy, Suspense, useState } from 'react';
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BulkAction } from './BulkDialog';
import { useWorkspace } from './WorkspaceContext';

const BulkDialog = lazy(() => import('./BulkDialog'));

/**
 * The list's bulk actions on the selected cases: reassign (supervisors), transfer with one handover note, set the
 * urgency. The dialog loads when an action is first chosen.
 */
export function BulkActions({ ids, caseNumbers, onDone }: { ids: string[]; caseNumbers: Record<string, string>; onDone: () => void }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const [action, setAction] = useState<BulkAction>();
  if (ids.length === 0) return null;
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }} role="group" aria-label={t('bulk.title')} data-testid="bulk-bar">
        <Typography.Text strong>{t('bulk.selected', { count: ids.length })}</Typography.Text>
        {workspace.supervisor && <Button onClick={() => setAction('ASSIGN')}>{t('action.ASSIGN')}</Button>}
        <Button onClick={() => setAction('TRANSFER')}>{t('action.TRANSFER')}</Button>
        <Button onClick={() => setAction('SET_URGENCY')}>{t('bulk.setUrgency')}</Button>
        <Button type="link" onClick={onDone}>{t('bulk.clear')}</Button>
      </Space>
      {action && (
        <Suspense fallback={null}>
          <BulkDialog action={action} ids={ids} caseNumbers={caseNumbers} onClose={() => setAction(undefined)}
            onDone={() => { setAction(undefined); onDone(); }} />
        </Suspense>
      )}
    </>
  );
}
