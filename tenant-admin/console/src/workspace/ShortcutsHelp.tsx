import { Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const KEYS: [string, string][] = [['j', 'shortcuts.next'], ['k', 'shortcuts.previous'], ['Enter', 'shortcuts.open'],
  ['[', 'shortcuts.previousPage'], [']', 'shortcuts.nextPage'], ['/', 'shortcuts.search'], ['?', 'shortcuts.help'], ['Esc', 'shortcuts.back']];

/** The keyboard shortcuts of the list and the case page, in a dialog (loaded when first asked for). */
export default function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal open onCancel={onClose} footer={null} title={t('shortcuts.title')}>
      <dl style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '8px 16px' }}>
        {KEYS.map(([key, text]) => (
          <div key={key} style={{ display: 'contents' }}>
            <dt><Typography.Text keyboard>{key}</Typography.Text></dt>
            <dd style={{ margin: 0 }}>{t(text)}</dd>
          </div>
        ))}
      </dl>
    </Modal>
  );
}
